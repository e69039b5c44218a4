namespace Dotkube.Tests.Acceptance;

public class OutputNormalizerTests
{
    [Fact]
    public void Table_AgeColumn_BecomesATokenAndTheTableIsRealigned()
    {
        const string kubectl = "NAME         AGE   DATA\nweb-config   12d   2\n";

        Assert.Equal("NAME         AGE     DATA\nweb-config   <age>   2\n", OutputNormalizer.Table(kubectl));
    }

    [Fact]
    public void Table_SeveralKinds_KeepsEachBlockAlignedOnItsOwnWithABlankLineBetween()
    {
        const string kubectl = "NAME                  AGE\ndeployment.apps/web   3s\n\nNAME          TYPE        CLUSTER-IP    AGE\nservice/web   ClusterIP   10.43.7.201   3s\n";

        Assert.Equal(
            "NAME                  AGE\ndeployment.apps/web   <age>\n\nNAME          TYPE        CLUSTER-IP     AGE\nservice/web   ClusterIP   <cluster-ip>   <age>\n",
            OutputNormalizer.Table(kubectl));
    }

    [Fact]
    public void Table_EmptyCellAndTwoWordHeaders_StayInTheirColumns()
    {
        const string kubectl = "LAST SEEN   TYPE     OBJECT           SUBOBJECT   MESSAGE\n5m          Normal   deployment/web               Scaled up\n";

        Assert.Equal(
            "LAST SEEN   TYPE     OBJECT           SUBOBJECT   MESSAGE\n<age>       Normal   deployment/web               Scaled up\n",
            OutputNormalizer.Table(kubectl));
    }

    [Fact]
    public void Text_ObjectMetadata_ReplacesTimestampUidAndResourceVersionOnly()
    {
        const string yaml = "  creationTimestamp: \"2026-11-22T09:55:24Z\"\n  resourceVersion: \"42\"\n  uid: b1790bae-2c3a-4c6e-a00b-7cb32fa4381c\n  name: web\n";
        const string json = "\"resourceVersion\": \"42\",\n\"clusterIP\": \"10.43.0.1\"";

        Assert.Equal("  creationTimestamp: \"<timestamp>\"\n  resourceVersion: \"<rv>\"\n  uid: <uid>\n  name: web\n", OutputNormalizer.Text(yaml));
        Assert.Equal("\"resourceVersion\": \"<rv>\",\n\"clusterIP\": \"10.43.0.1\"", OutputNormalizer.Text(json));
    }

    [Fact]
    public void Text_DescribeOutput_ReplacesRfc1123TimesAndDropsTrailingSpaces()
    {
        const string describe = "CreationTimestamp:      Sun, 22 Nov 2026 09:55:24 +0000\nIP:                       \n";

        Assert.Equal("CreationTimestamp:      <timestamp>\nIP:\n", OutputNormalizer.Text(describe));
    }
}

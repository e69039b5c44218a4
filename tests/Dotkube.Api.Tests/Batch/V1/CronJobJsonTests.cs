using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Batch.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Batch.V1;

public class CronJobJsonTests
{
    private const string CronJobJson = """
        {
          "kind": "CronJob",
          "apiVersion": "batch/v1",
          "metadata": { "name": "backup", "namespace": "ops", "creationTimestamp": null },
          "spec": {
            "schedule": "30 2 * * *",
            "timeZone": "Europe/Berlin",
            "startingDeadlineSeconds": 300,
            "concurrencyPolicy": "Forbid",
            "suspend": false,
            "jobTemplate": {
              "metadata": { "creationTimestamp": null, "labels": { "app": "backup" } },
              "spec": {
                "backoffLimit": 2,
                "template": {
                  "metadata": {"creationTimestamp": null},
                  "spec": {
                    "containers": [ { "name": "backup", "image": "backup:1", "args": [ "--all" ], "resources": {} } ],
                    "restartPolicy": "OnFailure"
                  }
                }
              }
            },
            "successfulJobsHistoryLimit": 3,
            "failedJobsHistoryLimit": 1
          },
          "status": {
            "active": [
              { "kind": "Job", "namespace": "ops", "name": "backup-28610550", "uid": "a1b2c3", "apiVersion": "batch/v1", "resourceVersion": "991" }
            ],
            "lastScheduleTime": "2024-06-02T00:30:00Z",
            "lastSuccessfulTime": "2024-06-01T00:31:12Z"
          }
        }
        """;

    [Fact]
    public void RoundTrip_CronJob_KeepsEveryField()
    {
        var cronJob = KubeJson.Deserialize<CronJob>(Encoding.UTF8.GetBytes(CronJobJson));
        var actual = JsonNode.Parse(KubeJson.Serialize(cronJob));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(CronJobJson), actual), $"re-encoded JSON differs:\n{actual}");
    }

    [Fact]
    public void Deserialize_CronJob_ReadsScheduleTemplateAndActiveJobs()
    {
        var cronJob = KubeJson.Deserialize<CronJob>(Encoding.UTF8.GetBytes(CronJobJson));

        Assert.Equal("30 2 * * *", cronJob.Spec.Schedule);
        Assert.Equal(ConcurrencyPolicy.Forbid, cronJob.Spec.ConcurrencyPolicy);
        Assert.Equal("backup", cronJob.Spec.JobTemplate.Metadata.Labels!["app"]);
        Assert.Equal("backup-28610550", cronJob.Status.Active![0].Name);
    }
}

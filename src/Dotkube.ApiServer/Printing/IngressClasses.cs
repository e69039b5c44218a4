using Dotkube.Api.Networking.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printIngressClass: NAME CONTROLLER PARAMETERS AGE.</summary>
internal static class IngressClasses
{
    public static TablePrinter Printer { get; } = TablePrinter.For<IngressClass>(
        [
            Column.Name(),
            Column.String("Controller", "Controller that is responsible for handling this class"),
            Column.String("Parameters", "A reference to a resource with additional parameters"),
            Column.Age(),
        ],
        (ingressClass, row) => row
            .Add(ingressClass.Metadata.Name)
            .Add(ingressClass.Spec.Controller)
            .Add(Parameters(ingressClass.Spec.Parameters))
            .Age(ingressClass.Metadata.CreationTimestamp));

    /// <summary>"Kind.apiGroup/name" (no group part without an apiGroup), or "&lt;none&gt;".</summary>
    private static string Parameters(IngressClassParametersReference? parameters) =>
        parameters is null
            ? Format.None
            : parameters.Kind + (parameters.ApiGroup is null ? "" : "." + parameters.ApiGroup) + "/" + parameters.Name;
}

using Dotkube.Api.ApiExtensions.V1;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for apiextensions.k8s.io/v1, as upstream apiextensions-apiserver's v1/defaults.go.</summary>
internal static class ApiExtensionsV1Defaults
{
    public static void SetObjectDefaults_CustomResourceDefinition(CustomResourceDefinition crd)
    {
        SetDefaults_CustomResourceDefinition(crd);
        if (crd.Spec.Conversion?.Webhook?.ClientConfig?.Service is { } service)
        {
            SetDefaults_ServiceReference(service);
        }
    }

    /// <summary>As upstream SetDefaults_CustomResourceDefinition: the spec, then storedVersions from the storage version.</summary>
    public static void SetDefaults_CustomResourceDefinition(CustomResourceDefinition crd)
    {
        SetDefaults_CustomResourceDefinitionSpec(crd.Spec);
        if (crd.Status.StoredVersions.Count == 0 && crd.Spec.Versions.Find(v => v.Storage) is { } storage)
        {
            crd.Status.StoredVersions.Add(storage.Name);
        }
    }

    /// <summary>As upstream SetDefaults_CustomResourceDefinitionSpec: singular and listKind from kind, conversion None.</summary>
    public static void SetDefaults_CustomResourceDefinitionSpec(CustomResourceDefinitionSpec spec)
    {
        if (string.IsNullOrEmpty(spec.Names.Singular))
        {
            spec.Names.Singular = spec.Names.Kind.ToLowerInvariant();
        }

        if (string.IsNullOrEmpty(spec.Names.ListKind) && spec.Names.Kind.Length > 0)
        {
            spec.Names.ListKind = spec.Names.Kind + "List";
        }

        spec.Conversion ??= new CustomResourceConversion { Strategy = ConversionStrategyType.None };
    }

    /// <summary>As upstream SetDefaults_ServiceReference: conversion webhooks listen on 443.</summary>
    public static void SetDefaults_ServiceReference(ServiceReference service) => service.Port ??= 443;
}

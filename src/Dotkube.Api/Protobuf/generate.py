#!/usr/bin/env python3
"""Generates ProtoSchema.g.cs: field-number tables for the Kubernetes protobuf messages we decode.

Sources
  * k8s.io/api v0.32 and k8s.io/apimachinery v0.32 (every group/version below): the compiled
    FileDescriptorProtos that go-to-protobuf's generated.pb.go registers, read out of the kubectl
    1.32 binary (each is a gzip blob whose first field names the .proto file). They are the exact
    generated.proto files kubectl encodes with, and unlike the .proto text they keep the gogoproto
    options: nullable=false (65001) tells a Go value field from a pointer, which decides whether a
    zero value on the wire means "unset" (value field) or "set to zero" (pointer field).
  * apiextensions-apiserver (not linked into kubectl): generated.proto text, parsed below.
    Fetched from staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1/generated.proto
    at stlaz/kubernetes@e330ff085bf1392035acdb9248003d033df3b8bb (a fork of kubernetes/kubernetes
    newer than 1.32; extra fields are harmless). The .proto text has no gogoproto options, so its
    pointer fields are listed in TEXT_POINTERS, taken from the Go types (types.go, types_jsonschema.go).
    Cross-checked against the (older, 1.2x) apiextensions descriptor embedded in the Cloud SDK's
    anthoscli: every field both have agrees in number, type, label and pointer-ness.

Why descriptors rather than .proto text for k8s.io/api: the text alone cannot tell pointers from
values (above), and the reference copy of kubernetes/api holds only some groups' generated.proto
(core/v1 at 35f2b3a24dcfdb74ee45e2ddc8d44d6cc9732aa6; no apps, batch, policy, ...) at mixed commits.
Field numbers never change between releases, so any later source gives the same table plus fields.

Usage
  generate.py [--kubectl PATH] [--proto-root DIR] [--out FILE]
  --proto-root holds the .proto text files under their import paths
  (DIR/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1/generated.proto).

Output format (parsed by ProtoSchema.cs), one record per line:
  package <proto package> <apiVersion or ->
  message <Name> [special]
   <number> <json name> <flags> <type>
  flags: r repeated, p pointer (presence matters), i inline (fields flattened into the parent), - none
  type: a scalar (string, int32, ...), a message (bare = same package, leading dot = absolute)
        or map<K,V>.
"""
import argparse
import os
import re
import shutil
import sys
import zlib

# Descriptor file name -> the apiVersion whose kinds its messages are ("-": types only).
# Only these files are emitted: the group versions dotkube serves and what they import.
DESCRIPTOR_FILES = {
    "k8s.io/api/core/v1/generated.proto": "v1",
    "k8s.io/api/apps/v1/generated.proto": "apps/v1",
    "k8s.io/api/batch/v1/generated.proto": "batch/v1",
    "k8s.io/api/autoscaling/v1/generated.proto": "autoscaling/v1",
    "k8s.io/api/autoscaling/v2/generated.proto": "autoscaling/v2",
    "k8s.io/api/policy/v1/generated.proto": "policy/v1",
    "k8s.io/api/scheduling/v1/generated.proto": "scheduling.k8s.io/v1",
    "k8s.io/api/networking/v1/generated.proto": "networking.k8s.io/v1",
    "k8s.io/api/rbac/v1/generated.proto": "rbac.authorization.k8s.io/v1",
    "k8s.io/api/storage/v1/generated.proto": "storage.k8s.io/v1",
    "k8s.io/api/coordination/v1/generated.proto": "coordination.k8s.io/v1",
    "k8s.io/api/discovery/v1/generated.proto": "discovery.k8s.io/v1",
    "k8s.io/api/events/v1/generated.proto": "events.k8s.io/v1",
    "k8s.io/api/authentication/v1/generated.proto": "authentication.k8s.io/v1",
    "k8s.io/api/authorization/v1/generated.proto": "authorization.k8s.io/v1",
    "k8s.io/apimachinery/pkg/apis/meta/v1/generated.proto": "meta.k8s.io/v1",
    "k8s.io/apimachinery/pkg/runtime/generated.proto": "-",
    "k8s.io/apimachinery/pkg/api/resource/generated.proto": "-",
    "k8s.io/apimachinery/pkg/util/intstr/generated.proto": "-",
}

TEXT_FILES = {
    "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1/generated.proto": "apiextensions.k8s.io/v1",
}

META = "k8s.io.apimachinery.pkg.apis.meta.v1"
APIEXT = "k8s.io.apiextensions_apiserver.pkg.apis.apiextensions.v1"

# Messages whose JSON form is not an object of their fields (custom MarshalJSON upstream).
SPECIAL = {
    META + ".Time": "time",
    META + ".MicroTime": "microtime",
    META + ".Duration": "duration",
    META + ".FieldsV1": "rawjson",
    META + ".Verbs": "stringslice",
    "k8s.io.apimachinery.pkg.runtime.RawExtension": "rawextension",
    "k8s.io.apimachinery.pkg.api.resource.Quantity": "quantity",
    "k8s.io.apimachinery.pkg.util.intstr.IntOrString": "intorstring",
    "k8s.io.api.authentication.v1.ExtraValue": "stringslice",
    "k8s.io.api.authorization.v1.ExtraValue": "stringslice",
    APIEXT + ".JSON": "rawjson",
    APIEXT + ".JSONSchemaPropsOrArray": "schemaorarray",
    APIEXT + ".JSONSchemaPropsOrBool": "schemaorbool",
    APIEXT + ".JSONSchemaPropsOrStringArray": "schemaorstringarray",
}

# Go fields embedded with `json:",inline"`: their message's fields sit in the parent's JSON object.
INLINE = {
    ("k8s.io.api.core.v1.Volume", "volumeSource"),
    ("k8s.io.api.core.v1.PersistentVolumeSpec", "persistentVolumeSource"),
    ("k8s.io.api.core.v1.Probe", "handler"),
    ("k8s.io.api.core.v1.EphemeralContainer", "ephemeralContainerCommon"),
    ("k8s.io.api.core.v1.ConfigMapEnvSource", "localObjectReference"),
    ("k8s.io.api.core.v1.ConfigMapKeySelector", "localObjectReference"),
    ("k8s.io.api.core.v1.ConfigMapProjection", "localObjectReference"),
    ("k8s.io.api.core.v1.ConfigMapVolumeSource", "localObjectReference"),
    ("k8s.io.api.core.v1.SecretEnvSource", "localObjectReference"),
    ("k8s.io.api.core.v1.SecretKeySelector", "localObjectReference"),
    ("k8s.io.api.core.v1.SecretProjection", "localObjectReference"),
    ("k8s.io.api.networking.v1.IngressRule", "ingressRuleValue"),
}

# go-to-protobuf names a field after its json tag, except where the tag is not a proto identifier
# ("$ref") or where it derived the name from the Go name (APIGroup -> aPIGroup, UID -> uID).
# These are the JSON names of those fields; ProtoSchemaTests finds any new one.
JSON_NAMES = {
    ("k8s.io.api.networking.v1.IngressClassParametersReference", "aPIGroup"): "apiGroup",
    ("k8s.io.api.authentication.v1.BoundObjectReference", "uID"): "uid",
    (APIEXT + ".JSONSchemaProps", "schema"): "$schema",
    (APIEXT + ".JSONSchemaProps", "ref"): "$ref",
}

# Pointer fields of the .proto text files (see module doc).
TEXT_POINTERS = {
    APIEXT + ".ClusterTrustBundleSelector": {"name", "signerName", "labelSelector"},
    APIEXT + ".ConversionReview": {"request", "response"},
    APIEXT + ".CustomResourceConversion": {"webhook"},
    APIEXT + ".CustomResourceDefinitionSpec": {"conversion"},
    APIEXT + ".CustomResourceDefinitionVersion": {"deprecationWarning", "schema", "subresources"},
    APIEXT + ".CustomResourceSubresourceScale": {"labelSelectorPath"},
    APIEXT + ".CustomResourceSubresources": {"status", "scale"},
    APIEXT + ".CustomResourceValidation": {"openAPIV3Schema"},
    APIEXT + ".JSONSchemaProps": {
        "ref", "default", "maximum", "minimum", "maxLength", "minLength", "maxItems", "minItems",
        "multipleOf", "maxProperties", "minProperties", "items", "not", "additionalProperties",
        "additionalItems", "externalDocs", "example", "xKubernetesPreserveUnknownFields",
        "xKubernetesListType", "xKubernetesMapType"},
    APIEXT + ".JSONSchemaPropsOrArray": {"schema"},
    APIEXT + ".JSONSchemaPropsOrBool": {"schema"},
    APIEXT + ".JSONSchemaPropsOrStringArray": {"schema"},
    APIEXT + ".ServiceReference": {"path", "port"},
    APIEXT + ".ValidationRule": {"reason", "optionalOldSelf"},
    APIEXT + ".WebhookClientConfig": {"url", "service", "clusterTrustBundle"},
    APIEXT + ".WebhookConversion": {"clientConfig"},
}

SCALARS = {1: "double", 2: "float", 3: "int64", 4: "uint64", 5: "int32", 6: "fixed64", 7: "fixed32",
           8: "bool", 9: "string", 12: "bytes", 13: "uint32", 15: "sfixed32", 16: "sfixed64",
           17: "sint32", 18: "sint64"}
TYPE_MESSAGE, TYPE_ENUM = 11, 14
LABEL_REPEATED = 3
GOGO_NULLABLE = 65001


class Field:
    def __init__(self, name, number, repeated, type_, pointer, map_kv=None):
        self.name, self.number, self.repeated, self.type = name, number, repeated, type_
        self.pointer, self.map_kv = pointer, map_kv


# --- protobuf wire reading (for the descriptors) ---------------------------------------------

def _varint(b, i):
    result = shift = 0
    while True:
        c = b[i]
        i += 1
        result |= (c & 0x7F) << shift
        shift += 7
        if c < 0x80:
            return result, i


def _fields(b):
    i, out = 0, []
    while i < len(b):
        key, i = _varint(b, i)
        wire = key & 7
        if wire == 0:
            value, i = _varint(b, i)
        elif wire == 2:
            n, i = _varint(b, i)
            value, i = b[i:i + n], i + n
        elif wire == 1:
            value, i = b[i:i + 8], i + 8
        elif wire == 5:
            value, i = b[i:i + 4], i + 4
        else:
            raise ValueError("wire type %d" % wire)
        out.append((key >> 3, value))
    return out


def _first(fields, number, default=None):
    return next((v for n, v in fields if n == number), default)


def descriptors_from_binary(path):
    """FileDescriptorProto bytes by file name, for every gzip blob in a Go binary that holds one.

    gogo's generated.pb.go keeps each descriptor gzipped (compress/gzip header 1f8b08 ... 02ff).
    """
    data = open(path, "rb").read()
    found = {}
    for m in re.finditer(rb"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", data):
        try:
            raw = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[m.start():m.start() + (4 << 20)])
            name = _first(_fields(raw), 1)
        except (zlib.error, ValueError, IndexError):
            continue
        if isinstance(name, bytes) and name.endswith(b".proto"):
            found[name.decode()] = raw
    return found


def messages_from_descriptor(raw):
    """{full name: [Field]} of one FileDescriptorProto; map entry types become map fields."""
    file_fields = _fields(raw)
    package = _first(file_fields, 2).decode()
    out = {}

    def visit(message_bytes, prefix):
        mf = _fields(message_bytes)
        full = prefix + "." + _first(mf, 1).decode()
        entries = {}
        for n, v in mf:
            if n == 3:
                nested = _fields(v)
                options = _fields(_first(nested, 7, b""))
                if _first(options, 7) == 1:  # map_entry
                    kv = {}
                    for fn, fv in nested:
                        if fn == 2:
                            f = dict(_fields(fv))
                            kv[f[3]] = _type_of(f)
                    entries[full + "." + _first(nested, 1).decode()] = (kv[1], kv[2])
                else:
                    visit(v, full)
        fields = []
        for n, v in mf:
            if n != 2:
                continue
            f = dict(_fields(v))
            options = dict(_fields(f.get(8, b"")))
            type_ = _type_of(f)
            repeated = f[4] == LABEL_REPEATED
            # gogo never makes []byte a pointer, whatever the option says; empty means unset.
            pointer = options.get(GOGO_NULLABLE, 1) != 0 and not repeated and type_ != "bytes"
            if type_ in entries:
                fields.append(Field(f[1].decode(), f[3], False, None, False, entries[type_]))
            else:
                fields.append(Field(f[1].decode(), f[3], repeated, type_, pointer))
        out[full] = fields

    for n, v in file_fields:
        if n == 4:
            visit(v, package)
    return package, out


def _type_of(f):
    if f[5] in (TYPE_MESSAGE, TYPE_ENUM):
        return f[6].decode().lstrip(".")
    return SCALARS[f[5]]


# --- .proto text parsing ---------------------------------------------------------------------

def messages_from_text(text):
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    package = re.search(r"^\s*package\s+([\w.]+)\s*;", text, re.M).group(1)
    out = {}
    for m in re.finditer(r"message\s+(\w+)\s*\{([^{}]*)\}", text):
        full = package + "." + m.group(1)
        pointers = TEXT_POINTERS.get(full, set())
        fields = []
        for line in m.group(2).split(";"):
            line = line.strip()
            if not line:
                continue
            mm = re.fullmatch(r"map\s*<\s*(\S+)\s*,\s*(\S+)\s*>\s+(\w+)\s*=\s*(\d+)", line)
            if mm:
                kv = (_resolve(mm.group(1), package), _resolve(mm.group(2), package))
                fields.append(Field(mm.group(3), int(mm.group(4)), False, None, False, kv))
                continue
            fm = re.fullmatch(r"(optional|repeated|required)?\s*(\S+)\s+(\w+)\s*=\s*(\d+)", line)
            if not fm:
                sys.exit("cannot parse field %r in %s" % (line, full))
            repeated = fm.group(1) == "repeated"
            fields.append(Field(fm.group(3), int(fm.group(4)), repeated, _resolve(fm.group(2), package),
                                fm.group(3) in pointers and not repeated))
        out[full] = fields
    return package, out


def _resolve(name, package):
    if name in SCALARS.values():
        return name
    if name.startswith("."):
        return name[1:]
    return name if "." in name else package + "." + name


# --- output ----------------------------------------------------------------------------------

def json_name(message, field):
    if (message, field) in JSON_NAMES:
        return JSON_NAMES[(message, field)]
    if field.startswith("xKubernetes"):  # x-kubernetes-preserve-unknown-fields and friends
        return "x-kubernetes" + re.sub(r"[A-Z]", lambda c: "-" + c.group(0).lower(), field[len("xKubernetes"):])
    return field


def relative(type_, package):
    if type_ in SCALARS.values():
        return type_
    pkg, _, name = type_.rpartition(".")
    return name if pkg == package else "." + type_


def render(files, commit_note):
    all_messages = {}
    for _, _, messages in files:
        all_messages.update(messages)
    lines = []
    for api_version, package, messages in files:
        lines.append("package %s %s" % (package, api_version))
        for full in sorted(messages):
            name = full[len(package) + 1:]
            special = SPECIAL.get(full)
            lines.append("message %s%s" % (name, " " + special if special else ""))
            for f in messages[full]:
                flags = ("r" if f.repeated else "") + ("p" if f.pointer else "") + \
                        ("i" if (full, f.name) in INLINE else "")
                if f.map_kv:
                    for t in f.map_kv:
                        _check(t, all_messages, full)
                    type_ = "map<%s,%s>" % (relative(f.map_kv[0], package), relative(f.map_kv[1], package))
                else:
                    _check(f.type, all_messages, full)
                    type_ = relative(f.type, package)
                lines.append(" %d %s %s %s" % (f.number, json_name(full, f.name), flags or "-", type_))
    for (message, field) in INLINE:
        if not any(f.name == field for f in all_messages[message]):
            sys.exit("INLINE names a missing field %s.%s" % (message, field))
    body = "\n".join(lines)
    return (
        "// <auto-generated>\n"
        "// Generated by generate.py from " + commit_note + ". Do not edit.\n"
        "// </auto-generated>\n"
        "namespace Dotkube.Api.Protobuf;\n\n"
        "internal static partial class ProtoSchema\n{\n"
        "    private const string Table = \"\"\"\n" + body + "\n\"\"\";\n}\n")


def _check(type_, all_messages, where):
    if type_ not in SCALARS.values() and type_ not in all_messages:
        sys.exit("%s refers to %s, which no source file defines" % (where, type_))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kubectl", default=shutil.which("kubectl"))
    parser.add_argument("--proto-root", default="/tmp/protos")
    parser.add_argument("--out", default=os.path.join(here, "ProtoSchema.g.cs"))
    args = parser.parse_args()

    descriptors = descriptors_from_binary(args.kubectl)
    files = []
    for path, api_version in DESCRIPTOR_FILES.items():
        if path not in descriptors:
            sys.exit("%s does not embed %s" % (args.kubectl, path))
        files.append((api_version,) + messages_from_descriptor(descriptors[path]))
    for path, api_version in TEXT_FILES.items():
        with open(os.path.join(args.proto_root, path)) as f:
            files.append((api_version,) + messages_from_text(f.read()))

    note = ("the FileDescriptorProtos embedded in kubectl 1.32 (k8s.io/api, k8s.io/apimachinery v0.32) "
            "and apiextensions v1 generated.proto of stlaz/kubernetes@e330ff08")
    text = render(files, note)
    with open(args.out, "w") as f:
        f.write(text)
    print("wrote %s (%d lines)" % (args.out, text.count("\n")))


if __name__ == "__main__":
    main()

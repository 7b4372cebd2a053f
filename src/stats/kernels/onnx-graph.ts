import protobuf from 'protobufjs';

/**
 * A minimal ONNX writer: just enough of onnx.proto to describe small compute graphs (a Gemm, a
 * TopK) that onnxruntime then runs. The messages are declared by reflection with the field
 * numbers of onnx/onnx.proto (ONNX 1.16, IR version 8); every field not listed here is simply
 * absent from the encoded bytes, which protobuf allows.
 */

/** ONNX TensorProto.DataType codes for the element types used here. */
export const ONNX_ELEMENT_TYPE = { float: 1, int32: 6, int64: 7, double: 11 } as const;
export type OnnxElementType = keyof typeof ONNX_ELEMENT_TYPE;

/** A graph input or output: name, element type and shape (a string is a symbolic dimension). */
export interface OnnxValueSpec {
  name: string;
  elemType: OnnxElementType;
  shape: ReadonlyArray<number | string>;
}

/** A node attribute; the `kind` picks the AttributeProto field (and `type`) that carries it. */
export type OnnxAttributeSpec =
  | { name: string; kind: 'int'; value: number }
  | { name: string; kind: 'float'; value: number }
  | { name: string; kind: 'string'; value: string }
  | { name: string; kind: 'ints'; value: readonly number[] };

export interface OnnxNodeSpec {
  opType: string;
  inputs: readonly string[];
  outputs: readonly string[];
  name?: string;
  attributes?: readonly OnnxAttributeSpec[];
}

/** A constant tensor stored in the graph (raw little-endian bytes of `data`). */
export interface OnnxInitializerSpec {
  name: string;
  dims: readonly number[];
  data: Float32Array | Float64Array | BigInt64Array | Int32Array;
}

export interface OnnxModelSpec {
  graphName: string;
  inputs: readonly OnnxValueSpec[];
  outputs: readonly OnnxValueSpec[];
  nodes: readonly OnnxNodeSpec[];
  initializers?: readonly OnnxInitializerSpec[];
  /** Version of the default ("ai.onnx") operator set; 17 by default. */
  opsetVersion?: number;
}

// Field numbers from onnx/onnx.proto. AttributeProto.AttributeType: FLOAT=1, INT=2, STRING=3, INTS=7.
const onnxDescriptor = {
  nested: {
    onnx: {
      nested: {
        ModelProto: {
          fields: {
            irVersion: { type: 'int64', id: 1 },
            producerName: { type: 'string', id: 2 },
            producerVersion: { type: 'string', id: 3 },
            graph: { type: 'GraphProto', id: 7 },
            opsetImport: { rule: 'repeated', type: 'OperatorSetIdProto', id: 8 },
          },
        },
        OperatorSetIdProto: {
          fields: {
            domain: { type: 'string', id: 1 },
            version: { type: 'int64', id: 2 },
          },
        },
        GraphProto: {
          fields: {
            node: { rule: 'repeated', type: 'NodeProto', id: 1 },
            name: { type: 'string', id: 2 },
            initializer: { rule: 'repeated', type: 'TensorProto', id: 5 },
            input: { rule: 'repeated', type: 'ValueInfoProto', id: 11 },
            output: { rule: 'repeated', type: 'ValueInfoProto', id: 12 },
          },
        },
        NodeProto: {
          fields: {
            input: { rule: 'repeated', type: 'string', id: 1 },
            output: { rule: 'repeated', type: 'string', id: 2 },
            name: { type: 'string', id: 3 },
            opType: { type: 'string', id: 4 },
            attribute: { rule: 'repeated', type: 'AttributeProto', id: 5 },
          },
        },
        AttributeProto: {
          fields: {
            name: { type: 'string', id: 1 },
            f: { type: 'float', id: 2 },
            i: { type: 'int64', id: 3 },
            s: { type: 'bytes', id: 4 },
            ints: { rule: 'repeated', type: 'int64', id: 8, options: { packed: false } },
            type: { type: 'int32', id: 20 },
          },
        },
        TensorProto: {
          fields: {
            dims: { rule: 'repeated', type: 'int64', id: 1, options: { packed: true } },
            dataType: { type: 'int32', id: 2 },
            name: { type: 'string', id: 8 },
            rawData: { type: 'bytes', id: 9 },
          },
        },
        ValueInfoProto: {
          fields: {
            name: { type: 'string', id: 1 },
            type: { type: 'TypeProto', id: 2 },
          },
        },
        TypeProto: {
          fields: {
            tensorType: { type: 'TensorTypeProto', id: 1 },
          },
        },
        // TypeProto.Tensor in onnx.proto; a nested message there, a sibling here (same wire format).
        TensorTypeProto: {
          fields: {
            elemType: { type: 'int32', id: 1 },
            shape: { type: 'TensorShapeProto', id: 2 },
          },
        },
        TensorShapeProto: {
          fields: {
            dim: { rule: 'repeated', type: 'Dimension', id: 1 },
          },
        },
        // TensorShapeProto.Dimension in onnx.proto (a oneof of dim_value / dim_param).
        Dimension: {
          fields: {
            dimValue: { type: 'int64', id: 1 },
            dimParam: { type: 'string', id: 2 },
          },
        },
      },
    },
  },
};

let modelType: protobuf.Type | undefined;

function onnxModelType(): protobuf.Type {
  // Reflection types are immutable once built, so one per process is enough.
  modelType ??= protobuf.Root.fromJSON(onnxDescriptor).lookupType('onnx.ModelProto');
  return modelType;
}

const ATTRIBUTE_TYPE = { float: 1, int: 2, string: 3, ints: 7 } as const;

function encodeAttribute(spec: OnnxAttributeSpec): Record<string, unknown> {
  const base = { name: spec.name, type: ATTRIBUTE_TYPE[spec.kind] };
  switch (spec.kind) {
    case 'int':
      return { ...base, i: spec.value };
    case 'float':
      return { ...base, f: spec.value };
    case 'string':
      return { ...base, s: new TextEncoder().encode(spec.value) };
    case 'ints':
      return { ...base, ints: [...spec.value] };
  }
}

function encodeValueInfo(spec: OnnxValueSpec): Record<string, unknown> {
  return {
    name: spec.name,
    type: {
      tensorType: {
        elemType: ONNX_ELEMENT_TYPE[spec.elemType],
        shape: { dim: spec.shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

function initializerType(data: OnnxInitializerSpec['data']): number {
  if (data instanceof Float32Array) return ONNX_ELEMENT_TYPE.float;
  if (data instanceof Float64Array) return ONNX_ELEMENT_TYPE.double;
  if (data instanceof BigInt64Array) return ONNX_ELEMENT_TYPE.int64;
  return ONNX_ELEMENT_TYPE.int32;
}

/**
 * Encodes a small ONNX model (one graph, default operator set only) to the bytes that
 * `InferenceSession.create(bytes)` of onnxruntime accepts.
 *
 * Matches the wire format of onnx/onnx.proto (ONNX 1.16, IR version 8); only the fields needed
 * for plain tensor graphs are written.
 *
 * @example
 * const bytes = encodeOnnxModel({
 *   graphName: 'add',
 *   inputs: [{ name: 'x', elemType: 'float', shape: ['n'] }, { name: 'y', elemType: 'float', shape: ['n'] }],
 *   outputs: [{ name: 'z', elemType: 'float', shape: ['n'] }],
 *   nodes: [{ opType: 'Add', inputs: ['x', 'y'], outputs: ['z'] }],
 * });
 * // (await InferenceSession.create(bytes)).run({ x, y }) → z = x + y
 */
export function encodeOnnxModel(spec: OnnxModelSpec): Uint8Array {
  const type = onnxModelType();
  const message = type.fromObject({
    irVersion: 8,
    producerName: 'synthscope',
    producerVersion: '0.1',
    opsetImport: [{ domain: '', version: spec.opsetVersion ?? 17 }],
    graph: {
      name: spec.graphName,
      node: spec.nodes.map((node, index) => ({
        name: node.name ?? `${node.opType.toLowerCase()}_${index}`,
        opType: node.opType,
        input: [...node.inputs],
        output: [...node.outputs],
        attribute: (node.attributes ?? []).map(encodeAttribute),
      })),
      initializer: (spec.initializers ?? []).map((init) => ({
        name: init.name,
        dims: [...init.dims],
        dataType: initializerType(init.data),
        rawData: new Uint8Array(init.data.buffer, init.data.byteOffset, init.data.byteLength),
      })),
      input: spec.inputs.map(encodeValueInfo),
      output: spec.outputs.map(encodeValueInfo),
    },
  });
  return type.encode(message).finish();
}

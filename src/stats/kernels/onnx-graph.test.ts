import * as ort from 'onnxruntime-node';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { encodeOnnxModel } from './onnx-graph.js';

describe('encodeOnnxModel()', () => {
  it('writes a model onnxruntime loads and runs (Add of two float vectors)', async () => {
    const bytes = encodeOnnxModel({
      graphName: 'add',
      inputs: [
        { name: 'x', elemType: 'float', shape: ['n'] },
        { name: 'y', elemType: 'float', shape: ['n'] },
      ],
      outputs: [{ name: 'z', elemType: 'float', shape: ['n'] }],
      nodes: [{ opType: 'Add', inputs: ['x', 'y'], outputs: ['z'] }],
    });
    const session = await ort.InferenceSession.create(bytes);
    expect(session.inputNames).toEqual(['x', 'y']);
    const out = await session.run({ x: new ort.Tensor('float32', Float32Array.of(1, 2), [2]), y: new ort.Tensor('float32', Float32Array.of(10, 20), [2]) });
    expect(Array.from(out.z.data as Float32Array)).toEqual([11, 22]);
  });

  it('carries int, ints and float attributes and int64 initializers (ReduceSum over axes from a constant; Transpose; LeakyRelu)', async () => {
    const bytes = encodeOnnxModel({
      graphName: 'attrs',
      opsetVersion: 13,
      inputs: [{ name: 'x', elemType: 'float', shape: [2, 3] }],
      outputs: [{ name: 'y', elemType: 'float', shape: [2] }, { name: 't', elemType: 'float', shape: [3, 2] }],
      initializers: [{ name: 'axes', dims: [1], data: BigInt64Array.of(1n) }],
      nodes: [
        { opType: 'ReduceSum', inputs: ['x', 'axes'], outputs: ['y'], attributes: [{ name: 'keepdims', kind: 'int', value: 0 }] },
        { opType: 'Transpose', inputs: ['x'], outputs: ['xt'], attributes: [{ name: 'perm', kind: 'ints', value: [1, 0] }] },
        { opType: 'LeakyRelu', inputs: ['xt'], outputs: ['t'], attributes: [{ name: 'alpha', kind: 'float', value: 0.5 }] },
      ],
    });
    const session = await ort.InferenceSession.create(bytes);
    const out = await session.run({ x: new ort.Tensor('float32', Float32Array.of(1, 2, 3, -4, 5, 6), [2, 3]) });
    expect(Array.from(out.y.data as Float32Array)).toEqual([6, 7]);
    expect(Array.from(out.t.data as Float32Array)).toEqual([1, -2, 2, 5, 3, 6]);
  });

  it('uses the field numbers of onnx.proto (ir_version = 1, graph = 7, opset_import = 8, node op_type = 4)', () => {
    const bytes = encodeOnnxModel({
      graphName: 'g',
      inputs: [{ name: 'x', elemType: 'float', shape: [1] }],
      outputs: [{ name: 'y', elemType: 'float', shape: [1] }],
      nodes: [{ opType: 'Relu', inputs: ['x'], outputs: ['y'] }],
    });
    const reader = protobuf.Reader.create(bytes);
    const fields: number[] = [];
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      fields.push(tag >>> 3);
      reader.skipType(tag & 7);
    }
    // ModelProto: ir_version 1, producer_name 2, producer_version 3, graph 7, opset_import 8.
    expect(fields).toEqual([1, 2, 3, 7, 8]);
    expect(bytes[0]).toBe(0x08); // field 1, varint
    expect(bytes[1]).toBe(8); // IR version 8
  });
});

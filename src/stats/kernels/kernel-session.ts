import * as ort from 'onnxruntime-node';
import { encodeOnnxModel, type OnnxModelSpec, type OnnxNodeSpec } from './onnx-graph.js';

/**
 * The compute graphs behind the matrix kernels, each built once per process per precision:
 *
 * - `gemm`:        s = A·Bᵀ                                 inputs a [n,d], b [m,d]          → s [n,m]
 * - `gemm-top-k`:  top k of A·Bᵀ + bias along each row       inputs a, b, bias [m], k [1]     → values, indices [n,k]
 * - `gemm-max`:    max and argmax of A·Bᵀ + bias per row     inputs a, b, bias [m]            → values, indices [n]
 *
 * Gemm with transB = 1 reads B in place (no Transpose node, which was twice as slow here), and
 * the reductions run inside onnxruntime so only n × k numbers come back to JavaScript.
 */
export type KernelGraph = 'gemm' | 'gemm-top-k' | 'gemm-max';
export type KernelPrecision = 'float' | 'double';

const gemmNode = (inputs: string[]): OnnxNodeSpec => ({
  opType: 'Gemm',
  inputs,
  outputs: ['s'],
  attributes: [{ name: 'transB', kind: 'int', value: 1 }],
});

function graphSpec(graph: KernelGraph, t: KernelPrecision): OnnxModelSpec {
  const a = { name: 'a', elemType: t, shape: ['n', 'd'] } as const;
  const b = { name: 'b', elemType: t, shape: ['m', 'd'] } as const;
  const bias = { name: 'bias', elemType: t, shape: ['m'] } as const;
  switch (graph) {
    case 'gemm':
      return { graphName: 'gemm_bt', inputs: [a, b], outputs: [{ name: 's', elemType: t, shape: ['n', 'm'] }], nodes: [gemmNode(['a', 'b'])] };
    case 'gemm-top-k':
      return {
        graphName: 'gemm_bt_top_k',
        inputs: [a, b, bias, { name: 'k', elemType: 'int64', shape: [1] }],
        outputs: [
          { name: 'values', elemType: t, shape: ['n', 'k_out'] },
          { name: 'indices', elemType: 'int64', shape: ['n', 'k_out'] },
        ],
        nodes: [
          gemmNode(['a', 'b', 'bias']),
          { opType: 'TopK', inputs: ['s', 'k'], outputs: ['values', 'indices'], attributes: [{ name: 'axis', kind: 'int', value: 1 }] },
        ],
      };
    case 'gemm-max':
      return {
        graphName: 'gemm_bt_max',
        inputs: [a, b, bias],
        outputs: [
          { name: 'values', elemType: t, shape: ['n'] },
          { name: 'indices', elemType: 'int64', shape: ['n'] },
        ],
        nodes: [
          gemmNode(['a', 'b', 'bias']),
          {
            opType: 'ReduceMax',
            inputs: ['s'],
            outputs: ['values'],
            attributes: [{ name: 'axes', kind: 'ints', value: [1] }, { name: 'keepdims', kind: 'int', value: 0 }],
          },
          {
            opType: 'ArgMax',
            inputs: ['s'],
            outputs: ['indices'],
            attributes: [{ name: 'axis', kind: 'int', value: 1 }, { name: 'keepdims', kind: 'int', value: 0 }],
          },
        ],
      };
  }
}

/**
 * Two intra-op threads (the machines have two cores); no memory arena, so a large product block
 * is returned to the system after each run instead of being kept for the life of the process.
 */
const SESSION_OPTIONS: ort.InferenceSession.SessionOptions = {
  intraOpNumThreads: 2,
  interOpNumThreads: 1,
  executionMode: 'sequential',
  graphOptimizationLevel: 'all',
  enableCpuMemArena: false,
};

// A process-wide cache of immutable compiled graphs, not configuration: safe to share.
const sessions = new Map<string, Promise<ort.InferenceSession>>();

/**
 * The onnxruntime session for one kernel graph and precision, created on first use and reused.
 * onnxruntime allows concurrent `run` calls on one session.
 */
export function kernelSession(graph: KernelGraph, precision: KernelPrecision): Promise<ort.InferenceSession> {
  const key = `${graph}:${precision}`;
  let session = sessions.get(key);
  if (!session) {
    session = ort.InferenceSession.create(encodeOnnxModel(graphSpec(graph, precision)), SESSION_OPTIONS);
    session.catch(() => sessions.delete(key));
    sessions.set(key, session);
  }
  return session;
}

import { describe, expect, it } from 'vitest';
import { AgreementConfigSchema } from './config.js';

describe('AgreementConfigSchema', () => {
  it('fills every default', () => {
    expect(AgreementConfigSchema.parse({})).toEqual({
      classifierC: 1,
      classifierMaxIter: 200,
      classifierMaxRows: 20_000,
      cvFolds: 5,
      cvMaxRows: 2_000,
      labelDescriptions: {},
      zeroShot: 'descriptions',
      annotationColumns: [],
      suspectMinScore: 0,
    });
  });

  it('takes a judge with a base URL and a model, and refuses an API key or an unknown key in it', () => {
    const judge = { baseURL: 'http://localhost:8000/v1', model: 'qwen' };
    expect(AgreementConfigSchema.parse({ judge }).judge).toEqual({ ...judge, maxRows: 200 });
    expect(() => AgreementConfigSchema.parse({ judge: { ...judge, apiKey: 'sk-1' } })).toThrow(/apiKey/);
    expect(() => AgreementConfigSchema.parse({ judge: { ...judge, baseURL: 'not a url' } })).toThrow();
  });

  it('refuses 1 fold (0 turns the cross-validation off), C ≤ 0 and unknown settings', () => {
    expect(() => AgreementConfigSchema.parse({ cvFolds: 1 })).toThrow(/cvFolds must be 0 \(off\) or at least 2/);
    expect(AgreementConfigSchema.parse({ cvFolds: 0 }).cvFolds).toBe(0);
    expect(() => AgreementConfigSchema.parse({ classifierC: 0 })).toThrow();
    expect(() => AgreementConfigSchema.parse({ clasifierC: 2 })).toThrow(/clasifierC/);
  });
});

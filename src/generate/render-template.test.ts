import { describe, expect, it } from 'vitest';
import { renderTemplate, templatePlaceholders } from './render-template.js';

describe('renderTemplate', () => {
  it('fills placeholders and leaves out a line whose placeholder has no value', () => {
    expect(renderTemplate('Write a {{label}} review.\nTopic: {{topic}}\nStyle: {{ style }}', { label: 'positive', style: 'terse' })).toBe(
      'Write a positive review.\nStyle: terse',
    );
  });

  it('leaves out a line when any of its placeholders is empty, and keeps multi-line values', () => {
    expect(renderTemplate('A {{a}} and {{b}}\n{{c}}', { a: 'x', b: '', c: 'one\ntwo' })).toBe('one\ntwo');
  });

  it('lists the placeholders of a template in order of first use', () => {
    expect(templatePlaceholders('{{b}} {{a}} {{b}} {single}')).toEqual(['b', 'a']);
  });
});

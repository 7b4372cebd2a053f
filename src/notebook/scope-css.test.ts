import { describe, expect, it } from 'vitest';
import { scopeCss } from './scope-css.js';

describe('scopeCss', () => {
  it('puts the scope before every selector and makes page selectors the scope itself', () => {
    expect(scopeCss(':root { --fg: #111; }\nbody { margin: 0 }\nmain { padding: 4px }\n* { box-sizing: border-box; }\nh2, a:hover { color: red }', '.r')).toBe(
      '.r { --fg: #111; }\n.r { margin: 0 }\n.r { padding: 4px }\n.r * { box-sizing: border-box; }\n.r h2, .r a:hover { color: red }',
    );
  });

  it('scopes the rules inside @media and leaves class names that start like page selectors alone', () => {
    expect(scopeCss('@media (max-width: 800px) { .two-col { display: block; } main { padding: 16px; } }\n.main-x { color: blue }', '.r')).toBe(
      '@media (max-width: 800px) { .r .two-col { display: block; } .r { padding: 16px; } }\n.r .main-x { color: blue }',
    );
  });

  it('keeps attribute selectors and pseudo-classes whole, commas inside them too', () => {
    expect(scopeCss('.chart-view[data-rendered="error"] { color: red }\ndetails:not([open]) > :not(summary) { display: none }', '.r')).toBe(
      '.r .chart-view[data-rendered="error"] { color: red }\n.r details:not([open]) > :not(summary) { display: none }',
    );
    expect(scopeCss('a:not(.x, .y), [title="a,b"] { color: red }', '.r')).toBe('.r a:not(.x, .y), .r [title="a,b"] { color: red }');
  });
});

import { chartFailed } from './messages.js';

/**
 * The page script that draws every chart: it parses the specs from the JSON block, embeds each
 * in its container with vega-embed (SVG renderer, no action menu, vega's expression interpreter
 * instead of eval), marks each container `data-rendered="ok"` or `"error"` (with a message in
 * place of the chart) and the document `data-charts="done"` when all have settled. Plain ES5, no
 * dataset string inside: only the fixed failure message, JSON-encoded.
 *
 * @example
 * bootScript('synthscope-charts').includes("getElementById('synthscope-charts')"); // true
 */
export function bootScript(dataId: string): string {
  return `(function () {
  var root = document.documentElement;
  var specs = JSON.parse(document.getElementById('${dataId}').textContent);
  var views = document.querySelectorAll('[data-chart]');
  var options = { mode: 'vega', renderer: 'svg', actions: false, ast: true, expr: vegaInterpreter.expressionInterpreter };
  var pending = [];
  Array.prototype.forEach.call(views, function (el) {
    var spec = specs[Number(el.getAttribute('data-chart'))];
    pending.push(vegaEmbed(el, spec, options).then(function () {
      el.setAttribute('data-rendered', 'ok');
    }, function (error) {
      el.setAttribute('data-rendered', 'error');
      el.textContent = ${JSON.stringify(chartFailed)};
      console.error('synthscope: chart ' + el.id + ' failed: ' + (error && error.message ? error.message : error));
    }));
  });
  Promise.all(pending).then(function () { root.setAttribute('data-charts', 'done'); });
})();`;
}

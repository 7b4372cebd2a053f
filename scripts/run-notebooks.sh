#!/usr/bin/env bash
# Executes every notebook in notebooks/ headlessly with the tslab kernel (`jupyter nbconvert --to
# notebook --execute`) and fails on any cell error: each failing notebook is reported with its
# first failing cell, and the script exits 1 after trying the rest (what CI runs, and
# `npm run notebooks`).
#
#   bash scripts/run-notebooks.sh [--update | --output-dir DIR] [--no-build] [notebook.ipynb …]
#
#   --update          write the outputs back into the notebooks (to commit them), for each notebook
#                     that ran clean; by default the executed copies go to .jupyter/executed/ and
#                     notebooks/ is left untouched
#   --output-dir DIR  write the executed copies to DIR instead of .jupyter/executed/
#   --no-build        use dist/ as it is (the notebooks import ../dist/index.js; default: npm run build)
#
# Jupyter comes from Debian packages (jupyter-nbconvert python3-nbclient jupyter-client
# python3-ipykernel). The tslab kernel from node_modules is registered in a project-local
# Jupyter folder, .jupyter/ (git-ignored): nothing is written to ~/.local/share/jupyter or any
# other global kernel registry, and the user's own Jupyter config is not read.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)

# Paths on the command line are taken relative to where the script was called from.
update=0
build=1
out_dir="$root/.jupyter/executed"
notebooks=()
while [ $# -gt 0 ]; do
  arg=$1
  shift
  case "$arg" in
    --update) update=1 ;;
    --output-dir)
      [ $# -gt 0 ] || { echo "run-notebooks: --output-dir needs a folder" >&2; exit 2; }
      mkdir -p "$1"
      out_dir=$(cd "$1" && pwd)
      shift ;;
    --no-build) build=0 ;;
    -h | --help) sed -n '2,/^set -e/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run-notebooks: unknown option $arg" >&2; exit 2 ;;
    *)
      [ -f "$arg" ] || { echo "run-notebooks: no such notebook $arg" >&2; exit 2; }
      notebooks+=("$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")") ;;
  esac
done
cd "$root"
if [ ${#notebooks[@]} -eq 0 ]; then
  shopt -s nullglob
  notebooks=(notebooks/*.ipynb)
  shopt -u nullglob
fi
if [ ${#notebooks[@]} -eq 0 ]; then
  echo "run-notebooks: no notebooks in notebooks/" >&2
  exit 2
fi

if ! command -v jupyter >/dev/null 2>&1 || ! jupyter nbconvert --version >/dev/null 2>&1; then
  echo "run-notebooks: jupyter nbconvert not found; install Debian's jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel" >&2
  exit 2
fi
if [ ! -x node_modules/.bin/tslab ]; then
  echo "run-notebooks: node_modules/.bin/tslab not found; run npm ci first" >&2
  exit 2
fi

# Everything Jupyter reads or writes stays under .jupyter/.
export JUPYTER_CONFIG_DIR="$root/.jupyter/config"
export JUPYTER_DATA_DIR="$root/.jupyter/data"
export JUPYTER_RUNTIME_DIR="$root/.jupyter/runtime"
export JUPYTER_PATH="$root/.jupyter/share/jupyter"
export PYDEVD_DISABLE_FILE_VALIDATION=1
mkdir -p "$JUPYTER_CONFIG_DIR" "$JUPYTER_DATA_DIR" "$JUPYTER_RUNTIME_DIR"

# Registers tslab (and jslab) under .jupyter/share/jupyter/kernels/, with the absolute path of
# this checkout's tslab, so the kernel runs the TypeScript compiler and the packages of
# node_modules. Redone when the checkout moved.
kernel_json="$JUPYTER_PATH/kernels/tslab/kernel.json"
tslab_bin="$root/node_modules/.bin/tslab"
if [ ! -f "$kernel_json" ] || ! grep -qF "\"$tslab_bin\"" "$kernel_json"; then
  echo "run-notebooks: registering the tslab kernel in .jupyter/"
  "$tslab_bin" install --python=/usr/bin/python3 --binary "$tslab_bin" --prefix "$root/.jupyter" >/dev/null
fi

if [ "$build" -eq 1 ]; then
  echo "run-notebooks: npm run build"
  npm run --silent build
fi

mkdir -p "$out_dir"

# A cell fails when it raises or writes to stderr: tslab reports TypeScript compile errors and
# runtime exceptions as stderr text (its error replies carry no message), so nbconvert runs with
# --allow-errors, every notebook is written whole, and this check names the first failing cell
# with what it printed.
check_notebook() {
  /usr/bin/python3 - "$1" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1], encoding='utf-8'))
for i, cell in enumerate(nb['cells']):
    if cell['cell_type'] != 'code':
        continue
    bad = [o for o in cell.get('outputs', []) if o['output_type'] == 'error' or (o['output_type'] == 'stream' and o.get('name') == 'stderr')]
    if bad:
        text = lambda v: ''.join(v) if isinstance(v, list) else (v or '')
        source = text(cell['source']).splitlines()
        print(f'  cell {i + 1}, which begins: {source[0] if source else ""}', file=sys.stderr)
        for o in bad:
            detail = text(o.get('text')) if o['output_type'] == 'stream' else f"{o.get('ename')}: {o.get('evalue')}"
            for line in detail.rstrip().splitlines()[:20]:
                print(f'    {line}', file=sys.stderr)
        sys.exit(1)
PY
}

failed=0
for nb in "${notebooks[@]}"; do
  start=$SECONDS
  name=$(basename "$nb")
  log="$out_dir/${name%.ipynb}.log"
  if jupyter nbconvert --to notebook --execute --allow-errors --output-dir "$out_dir" \
    --ExecutePreprocessor.kernel_name=tslab \
    --ExecutePreprocessor.timeout=600 \
    --ExecutePreprocessor.record_timing=False \
    --log-level=WARN "$nb" >"$log" 2>&1 && check_notebook "$out_dir/$name"; then
    if [ "$update" -eq 1 ]; then cp "$out_dir/$name" "$nb"; fi
    echo "run-notebooks: ok   ${nb#"$root"/} ($((SECONDS - start)) s)"
  else
    [ -s "$log" ] && tail -n 20 "$log" >&2
    echo "run-notebooks: FAIL ${nb#"$root"/} (executed copy: ${out_dir#"$root"/}/$name)" >&2
    failed=1
  fi
done
exit $failed

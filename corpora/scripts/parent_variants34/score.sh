TREE=$1
for v in ${VARS:-v1-nb v2-sv}; do
  (cd $TREE && PLANCHECK_CACHE_DIR=${PLANCHECK_CACHE_DIR:-/tmp/pc} PLANCHECK_TIMEOUT=0 PYTHONPATH=$TREE timeout 300 /work/main/.venv/bin/python -m plancheck check $PWD/$v/child.pdf --parent $PWD/$v/parent.pdf --format json 2>/dev/null) > $PWD/$v.$(basename $TREE).json
  python3 -c "
import json,yaml
d=json.load(open('$PWD/$v.$(basename $TREE).json')); g=yaml.safe_load(open('$PWD/gold.yaml'))['$v']
for c in d.get('parent_coverage',[]):
    want=[s for k,s in g.items() if c['text'].startswith(k)]
    print('$v', c['status'], 'gold', want[0] if want else '-', c['text'][:60], '|', '; '.join(e['quote'][:40] for e in c['evidence']))
"
done

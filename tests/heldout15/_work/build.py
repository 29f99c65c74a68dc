import json, re, sys, subprocess
name = sys.argv[1]
ann = open(f'_work/{name}.ann.txt', encoding='utf-8').read().splitlines()
extra = json.load(open(f'_work/{name}.extra.json', encoding='utf-8'))
src, outline, metrics, refs = [], [], [], []
sec = None
def val(t):
    t = t.replace('%', '').strip()
    return float(t.replace('.', '').replace(',', '.')) if ',' in t else int(t.replace('.', ''))
for i, l in enumerate(ann, 1):
    m = re.match(r'§([^|§]+)(?:\|([^§]*))?§', l)
    if m:
        sec = m.group(1)
        l = l[m.end():]
        o = {"path": sec, "title": m.group(2)}
        if sec.endswith('*'):
            o["path"] = sec = sec[:-1]; o["inferred"] = True
        outline.append(o)
    def rref(mm):
        t, n, d, iss = mm.group(1).split('|')
        refs.append({"type": t, "number": n or None, "date": d or None, "issuer": iss or None, "line": i})
        return ''
    l = re.sub(r'\{\{([^}]*)\}\}', rref, l)
    def rmet(mm):
        parts = mm.group(1).split('|')
        text, unit, label = parts[:3]
        v = float(parts[3]) if len(parts) > 3 else val(text)
        if isinstance(v, float) and v.is_integer() and len(parts) > 3: v = int(v)
        metrics.append({"section": sec, "value": v, "unit": unit, "label": label, "line": i, "text": text})
        return text
    l = re.sub(r'\[\[([^\]]*)\]\]', rmet, l)
    assert '[[' not in l and '{{' not in l and '§' not in l, (i, l)
    src.append(l.rstrip())
open(f'{name}.src.txt', 'w', encoding='utf-8').write('\n'.join(src) + '\n')
# sanity: each metric text appears on its line
for m in metrics:
    assert m['text'] in src[m['line'] - 1], m
key = {"metadata": extra["metadata"], "outline": outline, "metrics": metrics,
       "references": refs, "checks": extra["checks"]}
# checks: values must be among metrics
vals = {m['value'] for m in metrics}
for c in key['checks']:
    for v in ([c['total']] + c['parts']) if c['kind'] == 'sum' else [c['percent'], c['part'], c['whole']]:
        assert v in vals, (c, v)
    if c['kind'] == 'sum':
        ok = abs(sum(c['parts']) - c['total']) < 1e-6
    else:
        ok = abs(c['part'] / c['whole'] * 100 - c['percent']) < 0.06
    assert ok == c['holds'], c
json.dump(key, open(f'{name}.gold.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(name, len(src), 'lines', len(outline), 'outline', len(metrics), 'metrics', len(refs), 'refs', len(key['checks']), 'checks')

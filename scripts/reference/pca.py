"""Reference for pca2d: sklearn PCA(n_components=2) on seeded data.
Run: /usr/bin/python3 scripts/reference/pca.py  (writes fixtures/reference/pca.json)"""
import json, sklearn, numpy as np
from sklearn.decomposition import PCA

rng = np.random.default_rng(3)
x = (rng.normal(size=(60, 5)) @ rng.normal(size=(5, 5))).astype(np.float32)
pca = PCA(n_components=2, svd_solver='full').fit(x)
coords = pca.transform(x)
json.dump({
    'generatedBy': f'/usr/bin/python3 scripts/reference/pca.py (numpy {np.__version__}, sklearn {sklearn.__version__})',
    'rows': x.astype(float).tolist(),
    'coords': coords.tolist(),
    'explained': pca.explained_variance_ratio_.tolist(),
}, open('fixtures/reference/pca.json', 'w'), indent=1)

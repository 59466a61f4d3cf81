"""For test/bench/anki-import.mjs: real Anki imports a package with its scheduling into a new
collection and exports the whole collection as a current .colpkg (zstd).

    python _anki-repackage.py PACKAGE.apkg COLLECTION.anki2 OUT.colpkg
"""

import os
import sys

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

package, collection, out = sys.argv[1:4]
os.makedirs(os.path.dirname(collection), exist_ok=True)
col = Collection(collection)
col.import_anki_package(
    ImportAnkiPackageRequest(package_path=package, options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True))
)
col.export_collection_package(out, include_media=False, legacy=False)  # closes the collection

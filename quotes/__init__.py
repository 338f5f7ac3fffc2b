"""quotes: find quotations in news articles, attribute them to their speakers,
store each article as a YAML record and search them with a full-text index.

The data flow, one module a step: ``article`` (read text and metadata) ->
``extract`` (quotes and speakers) -> ``store`` (YAML records) -> ``engine``
(the search index) -> ``library`` (ingest, corrections) and ``reader`` (search,
speakers; what a query opens) -> ``cite`` / ``render``. ``cli`` is a thin click
layer over them.
"""

__version__ = "0.1.0"

"""``plancheck serve``: a local web page where a planner drops a draft (and a mandate) and gets
the HTML report, with downloads of the JSON, SARIF and HTML.

* :mod:`plancheck.serve.jobs` reads and checks an upload in a worker thread, under the limits
  of :mod:`plancheck.limits`, and deletes the upload when done;
* :mod:`plancheck.serve.page` is the page (bokmål, nynorsk, English);
* :mod:`plancheck.serve.app` is the FastAPI application that ties them together.
"""

from plancheck.serve.app import ServeSettings, create_app

__all__ = ["ServeSettings", "create_app"]

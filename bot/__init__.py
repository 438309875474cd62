"""The Matrix side of Greffier: the only package that imports nio or aiohttp.web."""

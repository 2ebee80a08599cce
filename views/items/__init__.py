"""Graphics items of the canvas: cards, links, lanes and the lifecycle arrows."""

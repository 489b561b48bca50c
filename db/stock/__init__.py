"""Thread products, lots and stock: the catalogue, box barcodes, recalls and lot signals."""

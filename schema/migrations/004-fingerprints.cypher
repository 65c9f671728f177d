// Near-duplicate (syndicated copy) lookup: a 64-bit simhash split into four 16-bit bands;
// two texts within 3 bits of each other share at least one band exactly.
CREATE INDEX article_band0 IF NOT EXISTS FOR (a:Article) ON (a.band0);
CREATE INDEX article_band1 IF NOT EXISTS FOR (a:Article) ON (a.band1);
CREATE INDEX article_band2 IF NOT EXISTS FOR (a:Article) ON (a.band2);
CREATE INDEX article_band3 IF NOT EXISTS FOR (a:Article) ON (a.band3);

/**
 * English function words and newsroom filler that carry no subject. Kept as data rather than a
 * dependency: the list is short, stable, and must match the tokenizer's normalization exactly.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
back be became because become becomes becoming been before beforehand behind being below beside
besides between beyond both but by can cannot could did do does doing done down due during each
eg either else elsewhere enough etc even ever every everyone everything everywhere except few for
former formerly from further had has have having he hence her here hereafter hereby herein hers
herself him himself his how however i ie if in indeed into is it its itself just last latter
latterly least less made many may me meanwhile might mine more moreover most mostly much must my
myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of
off often on once one only onto or other others otherwise our ours ourselves out over own per
perhaps please put rather re s same say says said see seem seemed seeming seems several she should
since so some somehow someone something sometime sometimes somewhere still such t than that the their
theirs them themselves then thence there thereafter thereby therefore therein thereupon these they
this those though through throughout thru thus to together too toward towards under until up upon
us very via was we well were what whatever when whence whenever where whereafter whereas whereby
wherein whereupon wherever whether which while whither who whoever whole whom whose why will with
within without would yet you your yours yourself yourselves told also like get got make just year
years new time times day days week weeks way ways mr mrs ms dr according including include includes`
    .split(/\s+/)
    .filter(Boolean),
);

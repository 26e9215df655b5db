// Everyday English words that are capitalised only because they start a sentence, a
// heading or a title-cased line. The fact check treats any other capitalised word as a
// name (an employer, a product, a place, a date) that must come from the user's facts.
// Job titles, weekdays, months and places are deliberately absent.

const WORDS = `
a about above across after afterwards again against ahead all almost along alongside already
also although always am among an and another any anyone anything anyway are around as at away
back be because been before behind being below beside besides best better between beyond both
but by can cannot could did do does doing done down during each either else enough even ever
every everyone everything few for from further had has have having he her here hers herself
him himself his how however i if in indeed instead into is it its itself just last least less
let lets like likewise little lot lots many may me meanwhile might mine more moreover most much
must my myself near nearly neither never next no nobody none nor not nothing now of off often
on once one only onto or other others otherwise our ours ourselves out over own per perhaps
plus quite rather really same she should since so some someone something sometimes soon still
such than that the their theirs them themselves then there therefore these they this those
though through throughout thus to together too toward towards under unless unlike until up
upon us very via was we well were what whatever when whenever where whereas wherever whether
which while who whom whose why will with within without would yes yet you your yours yourself
yourselves ago already currently recently today tomorrow yesterday lately meanwhile overall
ultimately specifically honestly importantly personally professionally finally first second
third lastly simply clearly fortunately thankfully happily proudly gladly again instead
following including regarding given despite

able accept achieve achieved across act add added advice agree aim aimed allow answer answers
apply applied approach ask asked available bring bringing build building built business calm
can't care cared career careers caring chance change changed changes chosen clear closed
closing colleague colleagues come coming company companies connect connected connection
connections consider contact continue continued contract contracts contribute contributed cost
costs cover create created creating cut cuts day days decision decisions deliver delivered
delivering design designed develop developed developing do don't drive drove during eager
earn earned effort end ended ending engage enjoy enjoyed every everyone excited experience
experiences explain fact facts family feel felt find finding finished fit focus focused
focusing follow forward found freelance freelanced freelancing friend friends full gap get
getting give glad go goal goals going good got grateful great grew grow growing growth guide
happen happened happy hard head headline hello help helped helping hi hire hired hiring hold
hope hoping i'd i'll i'm i've idea impact improve improved improving in-house includes
increase increased interest interested interview interviews intro introduction introductions
join joined joining keen keep kept kind know knowledge laid launch launched lead leading learn
learned learning learnt leave leaving led left letter life line lines look looking lost love
made make making manage managed many matter mean meant message met mind month months move
moved moving need needed needs network new news note offer open opportunity opportunities
organisation organization own owned part partly past people person plan planned point
position positions post present previous previously proud project projects put quality
question questions reach ready reason reasons recent reduce reduced reflect regards related
remain remained remote result results resume return returned right role roles run running
say saying see seek seeking seen send set share shared shift shifted ship shipped short show
skill skills small solid spend spent start started starting step steps stay stayed strong
studied study studying support supported take taken taking talk talking team teams tell
thank thanks thing things think thinking time times took track true trust turn understand
use used using value valued want wanted way ways welcome well went whole work worked working
works write writing wrote year years

aloud anything apology blame said confidential criticising criticizing internal speculation detail details health leaders managers sorry state stories story
unfortunately independent professional development

acquired acquisition affected break business-wide career-break cutback cutbacks downsizing
eliminated elimination funding layoff layoffs let-go merger performance redundancy redundant
reorganisation reorganization restructure restructured restructuring round unemployed
`;

/** Lower-case everyday words (see above). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

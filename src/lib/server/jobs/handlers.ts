// One import per feature that registers job handlers (each file calls registerJobHandler).
import '../mail/jobs';
import '../moderation/jobs';
import '../import/jobs';
import '../reports/jobs';
import '../people/jobs';
import '../events/jobs';
import '../insight/jobs';
import '../search'; // the search port's reindex jobs (search.reindex, moderation.reindex)
import '../alerts/jobs';
import '../library/jobs';
import '../surveys/jobs';
import '../programmes/jobs';
import '../contests/jobs';
import '../mentoring/jobs';
import '../communities/jobs';
import '../cooperation/jobs';

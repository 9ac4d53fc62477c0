// One import per feature that registers job handlers (each file calls registerJobHandler).
import '../mail/jobs';
import '../moderation/jobs';
import '../import/jobs';
import '../reports/jobs';
import '../people/jobs';
import '../events/jobs';
import '../insight/jobs';
import '../search/reindex-job';
import '../search/listing-reindex';
import '../alerts/jobs';
import '../library/jobs';

// The programmes' side of background work (imported once from src/lib/server/jobs/handlers.ts).
import './apply-flow'; // its confirmation purpose must exist before any link is used
import './personal-data'; // its person reference (merge, anonymise)

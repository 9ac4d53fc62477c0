// One import per feature that adds sections to public pages (each file calls registerPageSlot).
import '../projects/page-slots';
import '../news/page-slots';
import '../events/project-slot';
import '../library/project-slot';
import '../surveys/page-slots';
import '../communities/page-slots';
import '../programmes/page-slots';
import '../impact/project-slot';

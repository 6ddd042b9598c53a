// The vocabulary's source files in the order they are read (see format.ts).
import occupationsEntry from './occupations-entry.ts';
import occupationsOfficeCare from './occupations-office-care.ts';
import occupationsServices from './occupations-services.ts';
import occupationsTrades from './occupations-trades.ts';
import skillsCare from './skills-care.ts';
import skillsCommunity from './skills-community.ts';
import skillsConstruction from './skills-construction.ts';
import skillsCreative from './skills-creative.ts';
import skillsDetail from './skills-detail.ts';
import skillsDigitalMore from './skills-digital-more.ts';
import skillsExtra from './skills-extra.ts';
import skillsFood from './skills-food.ts';
import skillsGeneral from './skills-general.ts';
import skillsGreen from './skills-green.ts';
import skillsLogistics from './skills-logistics.ts';
import skillsMachines from './skills-machines.ts';
import skillsManufacturing from './skills-manufacturing.ts';
import skillsOccupations from './skills-occupations.ts';
import skillsOfficeIt from './skills-office-it.ts';
import skillsProfessional from './skills-professional.ts';
import skillsPropertyCleaning from './skills-property-cleaning.ts';
import skillsServiceMore from './skills-service-more.ts';
import skillsService from './skills-service.ts';
import skillsTradesMore from './skills-trades-more.ts';
import skillsWorkshop from './skills-workshop.ts';

export const SOURCES: Record<string, string> = {
  'occupations-entry': occupationsEntry,
  'occupations-office-care': occupationsOfficeCare,
  'occupations-services': occupationsServices,
  'occupations-trades': occupationsTrades,
  'skills-care': skillsCare,
  'skills-community': skillsCommunity,
  'skills-construction': skillsConstruction,
  'skills-creative': skillsCreative,
  'skills-detail': skillsDetail,
  'skills-digital-more': skillsDigitalMore,
  'skills-extra': skillsExtra,
  'skills-food': skillsFood,
  'skills-general': skillsGeneral,
  'skills-green': skillsGreen,
  'skills-logistics': skillsLogistics,
  'skills-machines': skillsMachines,
  'skills-manufacturing': skillsManufacturing,
  'skills-occupations': skillsOccupations,
  'skills-office-it': skillsOfficeIt,
  'skills-professional': skillsProfessional,
  'skills-property-cleaning': skillsPropertyCleaning,
  'skills-service-more': skillsServiceMore,
  'skills-service': skillsService,
  'skills-trades-more': skillsTradesMore,
  'skills-workshop': skillsWorkshop,
};

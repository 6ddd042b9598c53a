// Client feedback of a remote service: the questions of Tampere's 2020 survey of rehabilitative
// work done remotely during the exceptional circumstances (seeds 004).
import { opts, tx, type Template } from './common.ts';

export const remoteFeedbackSurvey: Template = {
  key: 'remote_feedback',
  title: tx('Asiakaspalaute etäpalvelusta', 'Kundrespons om distanstjänsten', 'Client feedback on the remote service'),
  description: tx(
    'Palautekysely kuntouttavan työtoiminnan etäpalvelun asiakkaille.',
    'Responsenkät till kunderna i arbetsverksamhetens distanstjänst.',
    'Feedback survey for clients of the remote rehabilitative work service.',
  ),
  mode: 'anonymous',
  questions: [
    {
      code: 'recommend',
      type: 'nps',
      required: true,
      text: tx('Kertoisitko tuttavallesi saaneesi hyvää palvelua?', 'Skulle du berätta för en bekant att du fått god service?', 'Would you tell a friend that you got good service?'),
      help: tx('0 = en missään tapauksessa, 10 = ehdottomasti', '0 = absolut inte, 10 = absolut', '0 = not at all, 10 = absolutely'),
    },
    {
      code: 'continue_remote',
      type: 'single',
      required: true,
      text: tx(
        'Haluaisitko osallistua etäpalveluun, jos se olisi mahdollista, myös poikkeusolojen jälkeen?',
        'Skulle du vilja delta i distanstjänsten även efter undantagsförhållandena, om det vore möjligt?',
        'Would you like to take part in the remote service after the exceptional circumstances, if possible?',
      ),
      options: opts([
        ['yes', 'Kyllä', 'Ja', 'Yes'],
        ['no', 'Ei', 'Nej', 'No'],
        ['dont_know', 'En osaa sanoa', 'Vet inte', 'Don’t know'],
      ]),
    },
    {
      code: 'remote_form',
      type: 'single',
      required: false,
      showIf: { code: 'continue_remote', op: 'notEquals', value: 'no' },
      text: tx('Osallistuisitko mieluummin:', 'Skulle du hellre delta i:', 'Would you rather take part in:'),
      options: opts([
        ['fully_remote', 'Kokonaan verkossa järjestettävään etäpalveluun', 'En distanstjänst helt på nätet', 'A fully online remote service'],
        ['hybrid', 'Etäpalveluun, jossa on myös lähipäiviä', 'En distanstjänst med närdagar', 'A remote service with some on-site days'],
      ]),
    },
    { code: 'keep', type: 'longtext', required: false, text: tx('Mitä tästä tulisi säilyttää?', 'Vad borde bevaras?', 'What should be kept?') },
    { code: 'other', type: 'longtext', required: false, text: tx('Muuta sanottavaa?', 'Något annat?', 'Anything else?') },
  ],
  scales: [],
};

/* catalog-life.c - the actions of the life around the search: barriers,
 * mobility, digital skills, French, disability, age, confidence (catalog.h). */
#include <config.h>

#include "catalog-private.h"

const struct action_def catalog_life[ACTION__COUNT] = {
	[ACTION_CHILDCARE_SOLUTION] = {
		"childcare-solution",
		/* TRANSLATORS: at most 40 columns */
		N_("Find a childcare solution"),
		N_("Someone you trust to look after your children gives you time "
		   "for job hunting, interviews and training."),
		{
			{ .text = N_("Call the town hall and ask which crèches and childminders are near you.") },
			{ .text = N_("Look for childminders near you on monenfant.fr, the site of the "
			     "CAF (family benefits office)."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask France Travail about the AGEPI, a childcare aid for single parents "
			     "who start a job."),
			  .audience = AUDIENCE_SINGLE_PARENT },
			{ .text = N_("Ask a relative or a neighbour to help on interview days.") },
		},
		N_("1 to 4 weeks"),
		N_("CAF (family benefits office, monenfant.fr), the town "
		   "hall's childcare service, France Travail (AGEPI)"),
		.conditions = 1,
	},
	[ACTION_HOUSING_HELP] = {
		"housing-help",
		/* TRANSLATORS: at most 40 columns */
		N_("Get help with housing"),
		N_("A stable home makes the job search easier, and some services "
		   "help with rent, deposits and emergencies."),
		{
			{ .text = N_("Make an appointment at the CCAS, your town's social action centre.") },
			{ .text = N_("Bring your ID, your rent papers and proof of your income.") },
			{ .text = N_("Ask Action Logement about help with a deposit or a home near a new job.") },
			{ .text = N_("Apply for social housing at the town hall or on demande-logement-social.gouv.fr.") },
			{ .text = N_("Call 115, free, if you have nowhere to sleep tonight.") },
		},
		N_("1 hour to start, then a few weeks"),
		N_("CCAS (town social services), Action Logement, the "
		   "département's social services, CAF (housing aid), 115 for "
		   "emergencies"),
		.conditions = 1,
	},
	[ACTION_HEALTH_SUPPORT] = {
		"health-support",
		/* TRANSLATORS: at most 40 columns */
		N_("Take care of your health"),
		N_("Health problems make the search harder, so getting care and "
		   "health cover comes first."),
		{
			{ .text = N_("Check your health insurance at the CPAM, the health insurance office, or on ameli.fr.") },
			{ .text = N_("Ask the CPAM (health insurance) about the Complémentaire santé "
			     "solidaire: free or cheap extra cover.") },
			{ .text = N_("Make an appointment with a general doctor and talk about your job search.") },
			{ .text = N_("Tell your France Travail adviser if your health rules out some kinds of work.") },
		},
		N_("a few hours, then as needed"),
		N_("CPAM (health insurance office, ameli.fr), Complémentaire "
		   "santé solidaire, your doctor, CCAS (town social services), "
		   "France Services"),
		.conditions = 1,
	},
	[ACTION_FINANCIAL_HELP] = {
		"financial-help",
		/* TRANSLATORS: at most 40 columns */
		N_("Get help with money problems"),
		N_("Knowing which benefits and emergency aids exist takes pressure off, "
		   "so you can focus on your search."),
		{
			{ .text = N_("Check on mesdroitssociaux.gouv.fr which aids may fit your situation."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask the CAF, the family benefits office, about the RSA, a minimum income.") },
			{ .text = N_("Ask the CAF (family benefits office) about the prime d'activité, "
			     "a bonus for low wages.") },
			{ .text = N_("Go to the CCAS, the town's social action centre, for urgent help with food or bills.") },
			{ .text = N_("Ask to meet a social worker of the département to sort out debts.") },
		},
		N_("2 to 3 hours, then a few weeks for the answers"),
		N_("CAF (family benefits office), CCAS (town social services), "
		   "the département's social workers, France Services"),
		.conditions = 1,
	},
	[ACTION_MOBILITY_HELP] = {
		"mobility-help",
		/* TRANSLATORS: at most 40 columns */
		N_("Solve your transport problems"),
		N_("Getting to interviews and to work is easier once you know the "
		   "local transport and the aids for travel."),
		{
			{ .text = N_("List the buses, trains and car shares between your home and the places to work.") },
			{ .text = N_("Ask your France Travail adviser about aids for travel, meals or a room "
			     "for a job.") },
			{ .text = N_("Ask the Mission Locale, the service for people under 26, about help with transport."), .audience = AUDIENCE_UNDER26 },
			{ .text = N_("Look for a local mobility platform that lends or rents bikes, scooters or cars.") },
		},
		N_("1 to 2 hours, then as needed"),
		N_("France Travail (mobility aids), local mobility platforms, "
		   "Mission Locale for the under 26s"),
		.conditions = 1,
	},
	[ACTION_DRIVING_LICENCE] = {
		"driving-licence",
		/* TRANSLATORS: at most 40 columns */
		N_("Get your driving licence"),
		N_("Many jobs need a car, and a driving licence opens offers you cannot "
		   "reach by bus or train."),
		{
			{ .text = N_("Ask your France Travail adviser about its aid for the driving licence.") },
			{ .text = N_("Check if Mon Compte Formation (CPF), your training account, can pay for it.") },
			{ .text = N_("Ask for a written price from at least two driving schools.") },
			{ .text = N_("Study the highway code (code de la route) a little every day.") },
		},
		N_("3 to 6 months"),
		N_("France Travail, Mon Compte Formation (CPF), Mission Locale, "
		   "social driving schools (auto-écoles sociales)"),
		.conditions = 1,
	},
	[ACTION_DIGITAL_SKILLS] = {
		"digital-skills",
		/* TRANSLATORS: at most 40 columns */
		N_("Learn to use a computer"),
		N_("Most offers and applications are online, so basic computer and "
		   "phone skills make the search much easier."),
		{
			{ .text = N_("Go to a France Services point and ask for free help with the computer.") },
			{ .text = N_("Test what you already know for free on pix.fr (Pix).") },
			{ .text = N_("Learn to send an email with a file, and to apply on francetravail.fr.") },
			{ .text = N_("Ask Emmaüs Connect about cheap phones, computers, internet and free lessons.") },
			{ .text = N_("Practise 15 minutes a day by doing your own job search online.") },
		},
		N_("1 hour a day for 2 to 4 weeks"),
		N_("France Services, Pix, Emmaüs Connect, libraries, "
		   "France Travail workshops"),
	},
	[ACTION_FRENCH_COURSE] = {
		"french-course",
		/* TRANSLATORS: at most 40 columns */
		N_("Take French lessons"),
		N_("Better French helps you understand offers, succeed in interviews "
		   "and feel at ease at work."),
		{
			{ .text = N_("Ask the town hall for French classes for adults (FLE, French as a "
			     "foreign language).") },
			{ .text = N_("If you are new in France, ask the OFII (immigration office) about "
			     "your integration lessons.") },
			{ .text = N_("Ask your adviser or a GRETA (public adult school) about French courses for work.") },
			{ .text = N_("Practise every day: radio, TV, and talks with neighbours or volunteers.") },
		},
		N_("a few hours a week, for several months"),
		N_("Town hall, associations, GRETA (public adult training), "
		   "OFII (the immigration office) for newcomers, France Travail"),
		.conditions = 1,
	},
	[ACTION_DISABILITY_SUPPORT] = {
		"disability-support",
		/* TRANSLATORS: at most 40 columns */
		N_("Get support for a disability"),
		N_("Your recognised disability opens specialised job-search support "
		   "and aids for the changes at work that make a job possible."),
		{
			{ .text = N_("Ask France Travail to send you to Cap emploi, the job service for "
			     "people with a disability.") },
			{ .text = N_("Ask about the aids of Agefiph (private sector) and FIPHFP (public sector).") },
			{ .text = N_("Ask which changes of your workstation an employer can get help to "
				     "pay for.") },
			{ .text = N_("Check when your RQTH (disabled worker) ends; ask the MDPH "
			     "(disability office) to renew it in time.") },
		},
		N_("1 to 2 hours to start, then as needed"),
		N_("MDPH (disability office), Cap emploi, Agefiph, FIPHFP "
		   "(disability fund of the public service), France Travail"),
		.conditions = 1,
	},
	[ACTION_CAREGIVER_SUPPORT] = {
		"caregiver-support",
		/* TRANSLATORS: at most 40 columns */
		N_("Get help caring for a relative"),
		N_("If you look after a sick, old or disabled relative, help at home "
		   "can free time to look for work."),
		{
			{ .text = N_("Write down how many hours a week you spend caring, and at what times.") },
			{ .text = N_("Go to the CCAS, the town's social action centre, and say who you care for.") },
			{ .text = N_("Ask the département's services about home help and day care.") },
			{ .text = N_("Ask about caregiver leave (congé de proche aidant) for when you work again.") },
			{ .text = N_("Tell your France Travail adviser which hours you are free to work.") },
		},
		N_("a few hours, then a few weeks"),
		N_("CCAS (town social services), the département's services "
		   "for the elderly and disabled, caregiver associations"),
		.conditions = 1,
	},
	[ACTION_CONFIDENCE_BOOST] = {
		"confidence-boost",
		/* TRANSLATORS: at most 40 columns */
		N_("Regain confidence"),
		N_("A long search can wear you down, and sharing with others and "
		   "noting your successes helps you keep going."),
		{
			{ .text = N_("Write down three things you did well, at work or in life.") },
			{ .text = N_("Join a group workshop at France Travail, the Mission Locale or an association.") },
			{ .text = N_("Meet other job seekers in a club to share tips.") },
			{ .text = N_("Talk to your doctor if you have felt low for a long time.") },
			{ .text = N_("Do one small job-search task every day and tick it off.") },
		},
		N_("a few hours a week"),
		N_("France Travail, Mission Locale, associations, your doctor, "
		   "CCAS (town social services)"),
	},
	[ACTION_TIME_MANAGEMENT] = {
		"time-management",
		/* TRANSLATORS: at most 40 columns */
		N_("Organise your time"),
		N_("Regular hours for the search make it less tiring and help you fit "
		   "it with family and other duties."),
		{
			{ .text = N_("Choose fixed times in the week for your search and write them in a diary.") },
			{ .text = N_("Cut big tasks into small ones of 30 minutes.") },
			{ .text = N_("Do the hardest task first, when you have the most energy.") },
			{ .text = N_("Keep all offers and answers in one place.") },
			{ .text = N_("Plan breaks and free time so that you do not wear out.") },
		},
		N_("30 minutes a week to plan"),
		N_("France Travail, Mission Locale"),
	},
	[ACTION_DISCRIMINATION_HELP] = {
		"discrimination-help",
		/* TRANSLATORS: at most 40 columns */
		N_("Act against discrimination"),
		N_("Turning you down because of your origin, age, sex, health, "
		   "address or disability is against the law. Free help exists."),
		{
			{ .text = N_("Write down what happened, when and who was there; keep emails and messages.") },
			{ .text = N_("Contact the Défenseur des droits for free: call 3928 or go to "
			     "antidiscriminations.fr.") },
			{ .text = N_("Ask for a meeting with a delegate of the Défenseur des droits near you.") },
			{ .text = N_("Tell your France Travail adviser if it happened with one of its offers.") },
			{ .text = N_("Ask a union or an association against discrimination for support.") },
		},
		N_("1 hour to start"),
		N_("Défenseur des droits (3928, antidiscriminations.fr), unions, "
		   "associations"),
	},
	[ACTION_SENIOR_SUPPORT] = {
		"senior-support",
		/* TRANSLATORS: at most 40 columns */
		N_("Find work after 50"),
		N_("Your experience is a strength, and some services and contracts "
		   "are meant for older job seekers."),
		{
			{ .text = N_("Put your recent jobs and skills first on your CV; leave out the oldest.") },
			{ .text = N_("Ask your adviser about support and hiring aids for older job seekers.") },
			{ .text = N_("Ask the APEC, the employment service for managers and graduates, for advice."), .audience = AUDIENCE_GRADUATE },
			{ .text = N_("Ask about the VAE, a diploma for your experience, on vae.gouv.fr.") },
			{ .text = N_("Keep learning with a short course on Mon Compte Formation (CPF).") },
		},
		N_("a few hours a week"),
		N_("France Travail, APEC (job service for managers), CEP (free "
		   "career advice), Mon Compte Formation (CPF), France VAE "
		   "(recognition of experience)"),
		.conditions = 1,
	},
	[ACTION_YOUTH_SUPPORT] = {
		"youth-support",
		/* TRANSLATORS: at most 40 columns */
		N_("Get support if you are under 26"),
		N_("If you are under 26, the Mission Locale gives you close support "
		   "towards a job or a training."),
		{
			{ .text = N_("Find your Mission Locale and make an appointment by phone or online.") },
			{ .text = N_("Bring your ID, your diplomas and your CV if you have one.") },
			{ .text = N_("Ask about the Contrat d'engagement jeune (CEJ), close support with "
			     "an allowance.") },
			{ .text = N_("Look at 1jeune1solution.gouv.fr for offers, training and aids for the young."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("To gain experience first, ask about Service civique: a volunteer "
			     "mission that is paid.") },
		},
		N_("1 hour to start, then several months of support"),
		N_("Mission Locale, CEJ (youth commitment contract), France "
		   "Travail, 1jeune1solution.gouv.fr, Service civique"),
		.conditions = 1,
	},
	[ACTION_DIPLOMA_RECOGNITION] = {
		"diploma-recognition",
		/* TRANSLATORS: at most 40 columns */
		N_("Get your foreign diploma recognised"),
		N_("A comparability certificate tells French employers what your "
		   "diploma from abroad is worth in France."),
		{
			{ .text = N_("Ask France Éducation international (ENIC-NARIC France) for a "
				     "comparability certificate.") },
			{ .text = N_("Apply online with a copy and a translation of your diploma."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask your adviser or a France Services point to help you send the application."),
			  .audience = AUDIENCE_OFFLINE },
			{ .text = N_("Write the French equivalent next to the diploma on your CV.") },
			{ .text = N_("For a regulated job (health, law, teaching), ask its authority "
				     "which recognition it needs.") },
			{ .text = N_("Ask about French courses for work at the town hall, an "
			     "association or the GRETA (adult training).") },
		},
		N_("1 to 4 months"),
		N_("France Éducation international (ENIC-NARIC France), France Travail, "
		   "France Services, GRETA and associations (French courses)"),
		.conditions = 1,
	},
	[ACTION_RETURN_AFTER_ILLNESS] = {
		"return-after-illness",
		/* TRANSLATORS: at most 40 columns */
		N_("Plan your return to work after illness"),
		N_("After an illness or an accident, doctors and specialised services "
		   "help you come back to work at the right pace."),
		{
			{ .text = N_("Talk to your doctor about when and how you can work again.") },
			{ .text = N_("With an employer, ask the occupational doctor for a visite de "
				     "pré-reprise before you go back.") },
			{ .text = N_("Ask about a therapeutic part-time (temps partiel thérapeutique) to "
				     "start again gradually.") },
			{ .text = N_("If your health limits your work, ask the MDPH (disability office) "
			     "about the RQTH (disabled worker)."),
			  .audience = AUDIENCE_NOT_DISABLED },
			{ .text = N_("With your RQTH (disabled worker), ask France Travail about Cap "
			     "emploi, the disability job service."),
			  .audience = AUDIENCE_DISABLED },
			{ .text = N_("Tell your France Travail adviser which work your health allows.") },
		},
		N_("a few weeks to a few months"),
		N_("your doctor, the occupational doctor (médecine du "
		   "travail), CPAM (health insurance office), MDPH (disability "
		   "office), Cap emploi, France Travail"),
		.conditions = 1,
	},
	[ACTION_RETURN_AFTER_BREAK] = {
		"return-after-break",
		/* TRANSLATORS: at most 40 columns */
		N_("Come back to work after years at home"),
		N_("After years at home with children or caring for someone, "
		   "the search starts by updating your skills and confidence."),
		{
			{ .text = N_("Tell your France Travail adviser how long you stopped and why: "
				     "support exists for a return to work.") },
			{ .text = N_("Put what you did in those years on your CV: associations, school, "
				     "family care, organisation.") },
			{ .text = N_("Ask about a short training or a few days in a company (PMSMP) to "
				     "update your skills.") },
			{ .text = N_("Arrange childcare before the interviews; ask the CAF (family "
			     "benefits office) and the town hall."),
			  .audience = AUDIENCE_PARENT },
			{ .text = N_("Ask France Travail about the AGEPI, a childcare aid for single parents "
				     "who start a job."),
			  .audience = AUDIENCE_SINGLE_PARENT },
			{ .text = N_("Join a group workshop to regain confidence.") },
		},
		N_("a few weeks"),
		N_("France Travail, CAF, the town hall, CIDFF (information centres "
		   "for women and families)"),
		.conditions = 1,
	},
	[ACTION_LEGAL_HELP] = {
		"legal-help",
		/* TRANSLATORS: at most 40 columns */
		N_("Get help with papers and legal problems"),
		N_("Free services help with papers, rights and legal problems, "
		   "so that they stop getting in the way of a job."),
		{
			{ .text = N_("Go to a France Services point for help with your administrative papers.") },
			{ .text = N_("Ask for a free appointment at a Point-justice, where lawyers and "
				     "legal advisers answer questions.") },
			{ .text = N_("Find the nearest Point-justice on justice.fr."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("For a problem with a public service or an unfair treatment, contact "
				     "the Défenseur des droits, free.") },
			{ .text = N_("Tell your adviser what the problem is, so the plan can take it "
				     "into account.") },
		},
		N_("an hour to start, then as needed"),
		N_("France Services, Point-justice (justice.fr), Défenseur des "
		   "droits, the CCAS (town social services)"),
	},
};

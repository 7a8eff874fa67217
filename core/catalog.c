/* catalog.c - the catalogue of actions a plan can propose (DESIGN.md 6).
 *
 * One static table, in ACTION_LIST order. Texts are written for a person
 * with little schooling: short sentences, each scheme explained the first
 * time an action names it. Amounts and eligibility are never stated: the
 * actions that lead to an aid carry the .conditions flag instead, and
 * the front ends say catalog_conditions_note() once (DESIGN.md 9). */
#include <config.h>

#include <string.h>

#include "catalog.h"
#include "i18n.h"

/* The one sentence that stands for every amount and eligibility rule,
 * said once as a note under an action with .conditions (never a step). */
static const char conditions_note[] =
	N_("Ask your adviser or the service: conditions apply.");

const char *
catalog_conditions_note(void)
{
	return conditions_note;
}

static const struct action_def actions[ACTION__COUNT] = {
	[ACTION_CHILDCARE_SOLUTION] = {
		"childcare-solution",
		/* TRANSLATORS: at most 40 columns */
		N_("Find a childcare solution"),
		N_("Someone you trust to look after your children gives you time "
		   "for job hunting, interviews and training."),
		{
			{ .text = N_("Call the town hall and ask which crèches and childminders are near you.") },
			{ .text = N_("Look for childminders near your home on monenfant.fr, the CAF website.") },
			{ .text = N_("Ask France Travail about the AGEPI, a childcare aid for single parents "
			     "who start a job.") },
			{ .text = N_("Ask a relative or a neighbour to help on interview days.") },
		},
		N_("1 to 4 weeks"),
		N_("CAF (monenfant.fr), the town hall's childcare service, "
		   "France Travail (AGEPI)"),
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
		N_("CCAS, Action Logement, the département's social services, "
		   "CAF (housing aid), 115 for emergencies"),
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
			{ .text = N_("Ask the CPAM about the Complémentaire santé solidaire, a free or cheap "
			     "extra health cover.") },
			{ .text = N_("Make an appointment with a general doctor and talk about your job search.") },
			{ .text = N_("Tell your France Travail adviser if your health rules out some kinds of work.") },
		},
		N_("a few hours, then as needed"),
		N_("CPAM (ameli.fr), Complémentaire santé solidaire, your doctor, "
		   "CCAS, France Services"),
		.conditions = 1,
	},
	[ACTION_FINANCIAL_HELP] = {
		"financial-help",
		/* TRANSLATORS: at most 40 columns */
		N_("Get help with money problems"),
		N_("Knowing which benefits and emergency aids exist takes pressure off, "
		   "so you can focus on your search."),
		{
			{ .text = N_("Check on mesdroitssociaux.gouv.fr which aids may fit your situation.") },
			{ .text = N_("Ask the CAF, the family benefits office, about the RSA, a minimum income.") },
			{ .text = N_("Ask the CAF about the prime d'activité, a bonus for low wages.") },
			{ .text = N_("Go to the CCAS, the town's social action centre, for urgent help with food or bills.") },
			{ .text = N_("Ask to meet a social worker of the département to sort out debts.") },
		},
		N_("2 to 3 hours, then a few weeks for the answers"),
		N_("CAF, CCAS, the département's social workers, France Services"),
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
			{ .text = N_("Ask the Mission Locale about help with transport if you are under 26.") },
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
		   "OFII for newcomers, France Travail"),
		.conditions = 1,
	},
	[ACTION_DISABILITY_SUPPORT] = {
		"disability-support",
		/* TRANSLATORS: at most 40 columns */
		N_("Get support for a disability"),
		N_("Having your disability recognised gives you job-search support "
		   "and changes at work that make a job possible."),
		{
			{ .text = N_("Ask your doctor to fill in the medical form for the MDPH, the "
			     "disability office.") },
			{ .text = N_("Send your request for the RQTH, the status of disabled worker, to the MDPH.") },
			{ .text = N_("Ask France Travail to send you to Cap emploi, the job service for "
			     "people with a disability.") },
			{ .text = N_("Ask about the aids of Agefiph (private sector) and FIPHFP (public sector).") },
		},
		N_("2 hours to apply; the MDPH may take months to answer"),
		N_("MDPH, Cap emploi, Agefiph, FIPHFP, France Travail"),
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
		N_("CCAS, the département's services for the elderly and disabled, "
		   "caregiver associations"),
		.conditions = 1,
	},
	[ACTION_EXPLORE_JOBS] = {
		"explore-jobs",
		/* TRANSLATORS: at most 40 columns */
		N_("Explore jobs that suit you"),
		N_("Looking at several jobs before you choose helps you find work "
		   "that fits your skills, tastes and life."),
		{
			{ .text = N_("Write down what you like doing, what you do well and what you do not want.") },
			{ .text = N_("Read the job sheets (fiches métiers) on francetravail.fr.") },
			{ .text = N_("Pick three jobs and ask people who do them what a normal day is like.") },
			{ .text = N_("Book a talk with a CEP adviser (Conseil en évolution professionnelle, "
			     "free career advice).") },
			{ .text = N_("Go to a company visit or job talk listed in Mes événements emploi.") },
		},
		N_("2 to 4 weeks, a few hours a week"),
		N_("France Travail, Mission Locale, CEP (free career advice), "
		   "APEC for managers"),
	},
	[ACTION_JOB_IMMERSION] = {
		"job-immersion",
		/* TRANSLATORS: at most 40 columns */
		N_("Try a job for a few days"),
		N_("A PMSMP immersion lets you work a few days in a company to test "
		   "a job before you commit to it."),
		{
			{ .text = N_("Choose a job to test and a few companies near you that do it.") },
			{ .text = N_("Search immersion-facile.beta.gouv.fr for companies that host trials.") },
			{ .text = N_("Ask your adviser for a PMSMP agreement, the paper for a short work trial.") },
			{ .text = N_("Call the company, say you want to discover the job and ask who can host you.") },
			{ .text = N_("Afterwards, write down what you liked and did not like, and tell your adviser.") },
		},
		N_("1 to 2 weeks to set up, then a few days at work"),
		N_("France Travail, Mission Locale, Cap emploi (PMSMP immersion)"),
	},
	[ACTION_RELATED_JOBS] = {
		"related-jobs",
		/* TRANSLATORS: at most 40 columns */
		N_("Look at related jobs"),
		N_("Jobs close to yours use the same skills and may have more offers, "
		   "so you can widen your chances without starting over."),
		{
			{ .text = N_("List the tasks you know how to do in your job, even the small ones.") },
			{ .text = N_("Read the related jobs on the job sheets (fiches métiers) of francetravail.fr.") },
			{ .text = N_("Pick one or two that need few new skills, and read their offers.") },
			{ .text = N_("Ask your adviser if a short training or a work trial (PMSMP) would help.") },
			{ .text = N_("Change the title and skills of your CV for the new job.") },
		},
		N_("a few hours, then 1 to 2 weeks"),
		N_("France Travail, CEP (free career advice), APEC for managers"),
	},
	[ACTION_SKILLS_ASSESSMENT] = {
		"skills-assessment",
		/* TRANSLATORS: at most 40 columns */
		N_("Take stock of your skills"),
		N_("A skills review shows what you know, what you want and which jobs "
		   "you can aim for."),
		{
			{ .text = N_("Book a free talk with a CEP adviser (Conseil en évolution professionnelle).") },
			{ .text = N_("Ask about a bilan de compétences, a skills review over a few weeks.") },
			{ .text = N_("Check if Mon Compte Formation (CPF), your training account, can pay for it.") },
			{ .text = N_("Bring your CV, your diplomas and a list of your past jobs and activities.") },
		},
		N_("a few weeks, 2 to 3 hours a week"),
		N_("CEP (free career advice), bilan de compétences through "
		   "Mon Compte Formation (CPF), France Travail, APEC"),
		.conditions = 1,
	},
	[ACTION_CREATE_COMPANY_SUPPORT] = {
		"create-company-support",
		/* TRANSLATORS: at most 40 columns */
		N_("Get help to start a business"),
		N_("Starting a business can be a way back to work, and free advice "
		   "helps you test your idea before you take risks."),
		{
			{ .text = N_("Write your idea in a few lines: what you sell, to whom, at what price.") },
			{ .text = N_("Ask your France Travail adviser about its support to create a business.") },
			{ .text = N_("Ask the CCI (chamber of commerce) or the CMA (chamber of trades) for a "
			     "first meeting.") },
			{ .text = N_("Ask Adie about a microcredit, a small loan, if banks will not lend to you.") },
			{ .text = N_("Talk to at least five possible customers before you spend money.") },
		},
		N_("1 to 3 months"),
		N_("France Travail, CCI, CMA, Adie (microcredit)"),
		.conditions = 1,
	},
	[ACTION_TRAINING_DIPLOMA] = {
		"training-diploma",
		/* TRANSLATORS: at most 40 columns */
		N_("Train for a diploma"),
		N_("Many jobs ask for a diploma or a certificate, and public schemes "
		   "can pay for the training."),
		{
			{ .text = N_("Ask your adviser which diploma employers want for the job you aim at.") },
			{ .text = N_("Search for courses on Mon Compte Formation (CPF), your training account.") },
			{ .text = N_("Ask your adviser if France Travail or the région can pay for the training.") },
			{ .text = N_("Visit the training centre and ask about dates, hours and how many succeed.") },
		},
		N_("a few weeks to prepare, then several months of training"),
		N_("France Travail, Mon Compte Formation (CPF), the région, "
		   "GRETA, Mission Locale"),
		.conditions = 1,
	},
	[ACTION_VAE] = {
		"vae",
		/* TRANSLATORS: at most 40 columns */
		N_("Get a diploma for your experience"),
		N_("The VAE (validation of experience) gives you a real diploma for "
		   "the skills you already use, without going back to school."),
		{
			{ .text = N_("List your jobs and volunteer work, with dates and proofs such as pay slips.") },
			{ .text = N_("Go to vae.gouv.fr (France VAE) to find the diploma that matches your work.") },
			{ .text = N_("Ask France VAE for an adviser to help you build your file.") },
			{ .text = N_("Ask if Mon Compte Formation (CPF) or France Travail can pay for it.") },
			{ .text = N_("Prepare to describe your work in writing and in front of a jury.") },
		},
		N_("several months, a few hours a week"),
		N_("France VAE (vae.gouv.fr), France Travail, CEP, "
		   "Mon Compte Formation (CPF)"),
		.conditions = 1,
	},
	[ACTION_ALTERNANCE] = {
		"alternance",
		/* TRANSLATORS: at most 40 columns */
		N_("Work and study (alternance)"),
		N_("In alternance you work in a company and study at the same time, "
		   "you are paid, and you get a diploma at the end."),
		{
			{ .text = N_("Search for offers and schools on the La bonne alternance website.") },
			{ .text = N_("Ask the school (CFA) for its list of companies that take apprentices.") },
			{ .text = N_("Send your CV to companies, saying you want an apprenticeship contract.") },
			{ .text = N_("Ask the Mission Locale or France Travail about age limits and aids.") },
			{ .text = N_("Start early: most contracts begin between June and October.") },
		},
		N_("1 to 3 months to find a company"),
		N_("France Travail, Mission Locale, training centres (CFA), "
		   "La bonne alternance, CCI and CMA"),
		.conditions = 1,
	},
	[ACTION_VOLUNTEERING] = {
		"volunteering",
		/* TRANSLATORS: at most 40 columns */
		N_("Volunteer to gain experience"),
		N_("Volunteering gives you recent experience, references and contacts, "
		   "and keeps you active while you search."),
		{
			{ .text = N_("Choose a cause you care about and a task close to the job you want.") },
			{ .text = N_("Look for missions on jeveuxaider.gouv.fr or at your town hall.") },
			{ .text = N_("If you are 16 to 25, ask the Mission Locale about Service civique, "
			     "a paid volunteer mission.") },
			{ .text = N_("Put your volunteer work on your CV, with what you did and learned.") },
			{ .text = N_("Ask the people you work with for a reference.") },
		},
		N_("a few hours a week"),
		N_("Service civique, jeveuxaider.gouv.fr, local associations, "
		   "Mission Locale"),
		.conditions = 1,
	},
	[ACTION_START_PLAN] = {
		"start-plan",
		/* TRANSLATORS: at most 40 columns */
		N_("Plan your job search"),
		N_("A simple weekly plan helps you start your search, see your progress "
		   "and not feel lost."),
		{
			{ .text = N_("Write down the job you look for and the area where you can work.") },
			{ .text = N_("Register with France Travail, online or at an agency, if you have not yet.") },
			{ .text = N_("Set fixed hours each week for your search, as if it were a job.") },
			{ .text = N_("Keep a list of offers, applications, dates and answers.") },
			{ .text = N_("Meet your adviser and agree on your first steps.") },
		},
		N_("2 hours to start, then a few hours a week"),
		N_("France Travail, Mission Locale for the under 26s, "
		   "APEC for managers"),
	},
	[ACTION_IMPROVE_RESUME] = {
		"improve-resume",
		/* TRANSLATORS: at most 40 columns */
		N_("Improve your CV"),
		N_("A short, clear CV that matches the job makes employers want to "
		   "meet you."),
		{
			{ .text = N_("Put the job you want as the title at the top of your CV.") },
			{ .text = N_("List your jobs, most recent first, with the tasks you did.") },
			{ .text = N_("Keep it to one page, with clear headings and no spelling mistakes.") },
			{ .text = N_("Ask a friend or your adviser to read it and say what is unclear.") },
			{ .text = N_("Go to a CV workshop at France Travail, the Mission Locale or France Services.") },
			{ .text = N_("Adapt your CV to each offer, using the words of the ad.") },
		},
		N_("half a day, then 15 minutes per application"),
		N_("France Travail workshops, Mission Locale, APEC, France Services"),
	},
	[ACTION_COVER_LETTER] = {
		"cover-letter",
		/* TRANSLATORS: at most 40 columns */
		N_("Write a good cover letter"),
		N_("A short letter written for each company shows why you want the job "
		   "and what you bring."),
		{
			{ .text = N_("Read the offer and the company's website, and note what they need.") },
			{ .text = N_("Write three short parts: the company, what you bring, a request to meet.") },
			{ .text = N_("Give one real example of something you did that fits the job.") },
			{ .text = N_("Ask someone to check the spelling before you send it.") },
			{ .text = N_("Keep a model letter and change it for each company.") },
		},
		N_("1 hour for the first, then 20 minutes each"),
		N_("France Travail workshops, Mission Locale, APEC, France Services"),
	},
	[ACTION_SPONTANEOUS_APPLICATIONS] = {
		"spontaneous-applications",
		/* TRANSLATORS: at most 40 columns */
		N_("Apply to companies without an ad"),
		N_("Many jobs are filled without an ad, so writing to companies "
		   "directly reaches offers others never see."),
		{
			{ .text = N_("Use La bonne boîte on francetravail.fr to find companies likely to hire.") },
			{ .text = N_("Pick ten companies near you and find the name of the person who hires.") },
			{ .text = N_("Send a short email with your CV, or bring it in person.") },
			{ .text = N_("Call back a week later to ask if they need someone.") },
			{ .text = N_("Write down each company, the date and the answer.") },
		},
		N_("2 hours a week"),
		N_("France Travail (La bonne boîte), Mission Locale, CCI and CMA"),
	},
	[ACTION_NETWORK_ACTIVATION] = {
		"network-activation",
		/* TRANSLATORS: at most 40 columns */
		N_("Ask the people you know"),
		N_("Many people find work through someone they know, so telling others "
		   "what you look for opens hidden offers."),
		{
			{ .text = N_("Write a list of 20 people you know: family, friends, former colleagues.") },
			{ .text = N_("Tell each of them, in one or two sentences, what job you look for.") },
			{ .text = N_("Ask them if they know someone in a company that hires in your job.") },
			{ .text = N_("Join groups of your trade on social networks such as LinkedIn.") },
			{ .text = N_("Thank the people who help you and tell them how it went.") },
		},
		N_("1 hour to start, then 15 minutes a day"),
		N_("France Travail (events and clubs), Mission Locale, "
		   "APEC for managers, associations"),
	},
	[ACTION_JOB_FAIRS] = {
		"job-fairs",
		/* TRANSLATORS: at most 40 columns */
		N_("Go to job fairs"),
		N_("Job fairs let you meet employers face to face, and sometimes get "
		   "an interview the same day."),
		{
			{ .text = N_("Look for events near you in Mes événements emploi on francetravail.fr.") },
			{ .text = N_("Print several copies of your CV and prepare a short talk about yourself.") },
			{ .text = N_("Dress as you would for the job and arrive early.") },
			{ .text = N_("Ask each recruiter for a contact and what happens next.") },
			{ .text = N_("Send a short thank-you email the next day.") },
		},
		N_("half a day per event"),
		N_("France Travail (Mes événements emploi), Mission Locale, "
		   "town halls, CCI"),
	},
	[ACTION_TEMP_AGENCIES] = {
		"temp-agencies",
		/* TRANSLATORS: at most 40 columns */
		N_("Sign up with temp agencies"),
		N_("Temp agencies offer short missions quickly, which bring pay, "
		   "experience and sometimes a lasting job."),
		{
			{ .text = N_("Find three to five temp agencies near you that work in your trade.") },
			{ .text = N_("Visit them with your CV, ID, social security card and proof of address.") },
			{ .text = N_("Tell them your skills, your hours and how far you can travel.") },
			{ .text = N_("Call or visit each agency every week to show you are available.") },
			{ .text = N_("Accept short missions to get known by agencies and companies.") },
		},
		N_("half a day, then 30 minutes a week"),
		N_("Temp agencies, France Travail, Mission Locale"),
	},
	[ACTION_FOLLOW_UP_APPLICATIONS] = {
		"follow-up-applications",
		/* TRANSLATORS: at most 40 columns */
		N_("Follow up your applications"),
		N_("A polite call or email a week after you apply shows your interest "
		   "and often gets an answer."),
		{
			{ .text = N_("Write down the date, the company and the contact of each application.") },
			{ .text = N_("Call or email about one week later to ask if they got it.") },
			{ .text = N_("Ask when they will decide and if they need more from you.") },
			{ .text = N_("Stay polite if the answer is no, and ask what you could do better.") },
			{ .text = N_("Write each answer in your list.") },
		},
		N_("15 minutes a day"),
		N_("France Travail, Mission Locale, APEC"),
	},
	[ACTION_TARGETED_APPLICATIONS] = {
		"targeted-applications",
		/* TRANSLATORS: at most 40 columns */
		N_("Apply to fewer, better offers"),
		N_("An application written for one offer gets more answers than the "
		   "same CV sent everywhere."),
		{
			{ .text = N_("Choose the offers that fit your skills best, not all of them.") },
			{ .text = N_("Underline the key words of each offer and use them in your CV and letter.") },
			{ .text = N_("Learn one thing about the company and mention it in your letter.") },
			{ .text = N_("Send your application to a named person when you can.") },
			{ .text = N_("Show a few applications to your adviser and ask for advice.") },
		},
		N_("1 hour per application"),
		N_("France Travail, Mission Locale, APEC"),
	},
	[ACTION_MORE_APPLICATIONS] = {
		"more-applications",
		/* TRANSLATORS: at most 40 columns */
		N_("Send more applications"),
		N_("When few answers come back, sending more applications each week "
		   "raises your chances of an interview."),
		{
			{ .text = N_("Set a goal, for example five applications a week.") },
			{ .text = N_("Create email alerts for your job and area on francetravail.fr.") },
			{ .text = N_("Answer new offers within two days, while they are fresh.") },
			{ .text = N_("Mix answers to ads, applications without an ad and temp agencies.") },
			{ .text = N_("Count your applications each week and review them with your adviser.") },
		},
		N_("1 hour a day"),
		N_("France Travail, Mission Locale, APEC, job websites"),
	},
	[ACTION_INTERVIEW_PREP] = {
		"interview-prep",
		/* TRANSLATORS: at most 40 columns */
		N_("Prepare for job interviews"),
		N_("Practising the usual questions helps you stay calm and show what "
		   "you can do."),
		{
			{ .text = N_("Read about the company and read the offer again before the interview.") },
			{ .text = N_("Prepare answers to common questions: who you are, why this job, your strengths.") },
			{ .text = N_("Practise out loud with a friend or in front of a mirror.") },
			{ .text = N_("Ask France Travail or the Mission Locale about practice interviews.") },
			{ .text = N_("Prepare two questions to ask the employer at the end.") },
			{ .text = N_("Check the route and leave early to be on time.") },
		},
		N_("2 hours before each interview"),
		N_("France Travail workshops, Mission Locale, APEC, Cap emploi"),
	},
	[ACTION_WIDEN_AREA] = {
		"widen-area",
		/* TRANSLATORS: at most 40 columns */
		N_("Look for work further away"),
		N_("Looking a little further from home can give you many more offers, "
		   "if the journey is manageable."),
		{
			{ .text = N_("Check how far you can travel each day, and how long it takes.") },
			{ .text = N_("Add nearby towns or the next département to your job alerts.") },
			{ .text = N_("Compare the cost of the journey with the pay before you apply.") },
			{ .text = N_("Ask France Travail about aids for travel or moving for a job.") },
			{ .text = N_("Ask Action Logement about help to find a home near a new job.") },
		},
		N_("1 to 2 hours"),
		N_("France Travail (mobility aids), Action Logement, "
		   "local mobility platforms"),
		.conditions = 1,
	},
	[ACTION_SEASONAL_JOBS] = {
		"seasonal-jobs",
		/* TRANSLATORS: at most 40 columns */
		N_("Try seasonal work"),
		N_("Seasonal jobs in tourism, farming or shops hire many people quickly "
		   "and give you recent experience."),
		{
			{ .text = N_("Find out which seasons hire near you: harvests, summer, ski, holidays.") },
			{ .text = N_("Apply two to three months before the season starts.") },
			{ .text = N_("Look at the seasonal offers and events on francetravail.fr.") },
			{ .text = N_("Ask if the employer offers housing when the job is far away.") },
			{ .text = N_("Ask the employer for a reference at the end of the season.") },
		},
		N_("a few hours to apply, then weeks or months of work"),
		N_("France Travail, Mission Locale, seasonal workers' centres "
		   "(maisons des saisonniers)"),
	},
	[ACTION_CONTRACT_FLEXIBILITY] = {
		"contract-flexibility",
		/* TRANSLATORS: at most 40 columns */
		N_("Accept other kinds of contract"),
		N_("Short contracts, part-time or temp work are often a way into a "
		   "company and towards a lasting job."),
		{
			{ .text = N_("Add fixed-term contracts (CDD), temp work and part-time to your search.") },
			{ .text = N_("Ask your adviser how short jobs change your unemployment benefits.") },
			{ .text = N_("Tell employers you are ready to start with a short contract.") },
			{ .text = N_("Use each contract to show your work, and ask what comes next.") },
		},
		N_("a few minutes to change your search"),
		N_("France Travail, temp agencies, Mission Locale"),
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
		N_("France Travail, Mission Locale, associations, your doctor, CCAS"),
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
		N_("Turning you down because of your origin, age, sex, health, address "
		   "or disability is against the law, and free help exists."),
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
			{ .text = N_("Ask the APEC for help if you were a manager.") },
			{ .text = N_("Ask about the VAE, a diploma for your experience, on vae.gouv.fr.") },
			{ .text = N_("Keep learning with a short course on Mon Compte Formation (CPF).") },
		},
		N_("a few hours a week"),
		N_("France Travail, APEC, CEP (free career advice), "
		   "Mon Compte Formation (CPF), France VAE"),
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
			{ .text = N_("Look at 1jeune1solution.gouv.fr for offers, training and aids for the young.") },
			{ .text = N_("Ask about Service civique, a paid volunteer mission, to gain experience first.") },
		},
		N_("1 hour to start, then several months of support"),
		N_("Mission Locale, CEJ, France Travail, 1jeune1solution.gouv.fr, "
		   "Service civique"),
		.conditions = 1,
	},
	[ACTION_KEEP_GOING] = {
		"keep-going",
		/* TRANSLATORS: at most 40 columns */
		N_("Keep going, you are on track"),
		N_("Your search is going well, and keeping your pace while you stay "
		   "ready for offers brings results."),
		{
			{ .text = N_("Keep your weekly rhythm of applications and follow-ups.") },
			{ .text = N_("Prepare each new interview as carefully as the first one.") },
			{ .text = N_("Ask for feedback after each interview that does not work out.") },
			{ .text = N_("Decide in advance the pay and conditions you will accept.") },
			{ .text = N_("Tell your adviser about your interviews so they can help.") },
		},
		N_("as before, a few hours a week"),
		N_("France Travail, Mission Locale, APEC, Cap emploi"),
	},
};

const struct action_def *
catalog_get(enum action_id a)
{
	if ((int)a < 0 || a >= ACTION__COUNT)
		return NULL;
	return &actions[a];
}

int
catalog_find(const char *id)
{
	int i;

	if (id == NULL)
		return -1;
	for (i = 0; i < ACTION__COUNT; i++)
		if (strcmp(actions[i].id, id) == 0)
			return i;
	return -1;
}

int
catalog_nsteps(enum action_id a)
{
	const struct action_def *d = catalog_get(a);
	int n = 0;

	if (d == NULL)
		return 0;
	while (n < CATALOG_MAX_STEPS && d->steps[n].text != NULL)
		n++;
	return n;
}

/* catalog-search.c - the actions of the search itself: starting, the CV,
 * applications, channels, interviews, the area, seasons and contracts (catalog.h). */
#include <config.h>

#include "catalog-private.h"

const struct action_def catalog_search[ACTION__COUNT] = {
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
		N_("France Travail, Mission Locale for the under 26s, APEC "
		   "(job service for managers)"),
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
		N_("France Travail workshops, Mission Locale, APEC (job "
		   "service for managers), France Services"),
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
		N_("France Travail workshops, Mission Locale, APEC (job "
		   "service for managers), France Services"),
	},
	[ACTION_SPONTANEOUS_APPLICATIONS] = {
		"spontaneous-applications",
		/* TRANSLATORS: at most 40 columns */
		N_("Apply to companies without an ad"),
		N_("Many jobs are filled without an ad, so writing to companies "
		   "directly reaches offers others never see."),
		{
			{ .text = N_("Use La bonne boîte on francetravail.fr to find companies likely to hire."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask your France Travail adviser which companies near you hire in your job."),
			  .audience = AUDIENCE_OFFLINE },
			{ .text = N_("Pick ten companies near you and find the name of the person who hires.") },
			{ .text = N_("Send a short email with your CV, or bring it in person.") },
			{ .text = N_("Call back a week later to ask if they need someone.") },
			{ .text = N_("Write down each company, the date and the answer.") },
		},
		N_("2 hours a week"),
		N_("France Travail (La bonne boîte), Mission Locale, CCI "
		   "(chamber of commerce) and CMA (chamber of trades)"),
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
		N_("France Travail (events and clubs), Mission Locale, APEC "
		   "(job service for managers), associations"),
	},
	[ACTION_JOB_FAIRS] = {
		"job-fairs",
		/* TRANSLATORS: at most 40 columns */
		N_("Go to job fairs"),
		N_("Job fairs let you meet employers face to face, and sometimes get "
		   "an interview the same day."),
		{
			{ .text = N_("Look for events near you in Mes événements emploi on francetravail.fr."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask your France Travail agency which job events are coming up near you."),
			  .audience = AUDIENCE_OFFLINE },
			{ .text = N_("Print several copies of your CV and prepare a short talk about yourself.") },
			{ .text = N_("Dress as you would for the job and arrive early.") },
			{ .text = N_("Ask each recruiter for a contact and what happens next.") },
			{ .text = N_("Send a short thank-you email the next day.") },
		},
		N_("half a day per event"),
		N_("France Travail (Mes événements emploi), Mission Locale, "
		   "town halls, CCI (chamber of commerce)"),
	},
	[ACTION_TEMP_AGENCIES] = {
		"temp-agencies",
		/* TRANSLATORS: at most 40 columns */
		N_("Sign up with temp agencies"),
		N_("Temp agencies quickly offer short jobs that bring pay, "
		   "experience and sometimes a lasting job."),
		{
			{ .text = N_("Find three to five temp agencies near you that work in your trade.") },
			{ .text = N_("Visit them with your CV, identity card, social security card and "
			     "proof of address.") },
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
		N_("France Travail, Mission Locale, APEC (job service for "
		   "managers)"),
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
		N_("France Travail, Mission Locale, APEC (job service for "
		   "managers)"),
	},
	[ACTION_MORE_APPLICATIONS] = {
		"more-applications",
		/* TRANSLATORS: at most 40 columns */
		N_("Send more applications"),
		N_("When few answers come back, sending more applications each week "
		   "raises your chances of an interview."),
		{
			{ .text = N_("Set a goal, for example five applications a week.") },
			{ .text = N_("Create email alerts for your job and area on francetravail.fr."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask your adviser or a France Services point to look at the offers with you each week."),
			  .audience = AUDIENCE_OFFLINE },
			{ .text = N_("Answer new offers within two days, while they are fresh.") },
			{ .text = N_("Mix answers to ads, applications without an ad and temp agencies.") },
			{ .text = N_("Count your applications each week and review them with your adviser.") },
		},
		N_("1 hour a day"),
		N_("France Travail, Mission Locale, APEC (job service for "
		   "managers), job websites"),
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
		N_("France Travail workshops, Mission Locale, APEC (job "
		   "service for managers), Cap emploi"),
	},
	[ACTION_WIDEN_AREA] = {
		"widen-area",
		/* TRANSLATORS: at most 40 columns */
		N_("Look for work further away"),
		N_("Looking a little further from home can give you many more offers, "
		   "if the journey is manageable."),
		{
			{ .text = N_("Check how far you can travel each day, and how long it takes.") },
			{ .text = N_("Add nearby towns or the next département to your job alerts."),
			  .audience = AUDIENCE_ONLINE },
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
			{ .text = N_("Look at the seasonal offers and events on francetravail.fr."),
			  .audience = AUDIENCE_ONLINE },
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
		N_("France Travail, Mission Locale, APEC (job service for "
		   "managers), Cap emploi"),
	},
};

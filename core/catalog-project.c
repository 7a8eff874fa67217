/* catalog-project.c - the actions of the job project: choosing a job, related
 * jobs, creating a company, diplomas and training (catalog.h). */
#include <config.h>

#include "catalog-private.h"

const struct action_def catalog_project[ACTION__COUNT] = {
	[ACTION_EXPLORE_JOBS] = {
		"explore-jobs",
		/* TRANSLATORS: at most 40 columns */
		N_("Explore jobs that suit you"),
		N_("Looking at several jobs before you choose helps you find work "
		   "that fits your skills, tastes and life."),
		{
			{ .text = N_("Write down what you like doing, what you do well and what you do not want.") },
			{ .text = N_("Read the job sheets (fiches métiers) on francetravail.fr."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask your adviser for the job sheets (fiches métiers) of the jobs that interest you, on paper."),
			  .audience = AUDIENCE_OFFLINE },
			{ .text = N_("Pick three jobs and ask people who do them what a normal day is like.") },
			{ .text = N_("Book a talk with a CEP adviser (Conseil en évolution professionnelle, "
			     "free career advice).") },
			{ .text = N_("Go to a company visit or job talk listed in Mes événements emploi.") },
		},
		N_("2 to 4 weeks, a few hours a week"),
		N_("France Travail, Mission Locale, CEP (free career advice), "
		   "APEC (job service for managers)"),
	},
	[ACTION_JOB_IMMERSION] = {
		"job-immersion",
		/* TRANSLATORS: at most 40 columns */
		N_("Try a job for a few days"),
		N_("A PMSMP (short work trial): a few days of work in a "
		   "company to test a job before you commit."),
		{
			{ .text = N_("Choose a job to test and a few companies near you that do it.") },
			{ .text = N_("Search immersion-facile.beta.gouv.fr for companies that host trials."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask your adviser for a PMSMP agreement (the paper for a short work trial).") },
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
		N_("Jobs close to yours use the same skills and may have more "
		   "offers: more chances without starting over."),
		{
			{ .text = N_("List the tasks you know how to do in your job, even the small ones.") },
			{ .text = N_("Read the related jobs on the job sheets (fiches métiers) of francetravail.fr."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Pick one or two that need few new skills, and read their offers.") },
			{ .text = N_("Ask your adviser if a short training or a work trial (PMSMP) would help.") },
			{ .text = N_("Change the title and skills of your CV for the new job.") },
		},
		N_("a few hours, then 1 to 2 weeks"),
		N_("France Travail, CEP (free career advice), APEC (job "
		   "service for managers)"),
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
			{ .text = N_("From 45, ask your adviser about a mid-career review with the CEP "
			     "(free career advice)."),
			  .audience = AUDIENCE_FROM45 },
		},
		N_("a few weeks, 2 to 3 hours a week"),
		N_("CEP (free career advice), bilan de compétences through Mon "
		   "Compte Formation (CPF), France Travail, APEC (job service "
		   "for managers)"),
		.conditions = 1,
	},
	[ACTION_CREATE_COMPANY_SUPPORT] = {
		"create-company-support",
		/* TRANSLATORS: at most 40 columns */
		N_("Get help to start a business"),
		N_("Starting a business can be a way back to work; free advice "
		   "helps you test your idea before you take risks."),
		{
			{ .text = N_("Write your idea in a few lines: what you sell, to whom, at what price.") },
			{ .text = N_("Ask your France Travail adviser about its support to create a business.") },
			{ .text = N_("Ask a BGE (help for new businesses) or a business incubator near "
			     "you for free help with your plan.") },
			{ .text = N_("Talk to at least five possible customers before you spend money.") },
			{ .text = N_("Check that you can live during the first months, before the business "
			     "pays you.") },
		},
		N_("1 to 3 months"),
		N_("France Travail (support for creators), BGE (help for new "
		   "businesses), business incubators"),
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
		   "GRETA (public adult training), Mission Locale"),
		.conditions = 1,
	},
	[ACTION_VAE] = {
		"vae",
		/* TRANSLATORS: at most 40 columns */
		N_("Get a diploma for your experience"),
		N_("The VAE (validation of experience) gives you a real "
		   "diploma for the skills you already use. No need to go back "
		   "to school."),
		{
			{ .text = N_("List your jobs and volunteer work, with dates and proofs such as pay slips.") },
			{ .text = N_("Go to vae.gouv.fr (France VAE) to find the diploma that matches your work."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask France Travail or a France Services point to start the VAE "
			     "(validation of experience) with you."),
			  .audience = AUDIENCE_OFFLINE },
			{ .text = N_("Ask France VAE (validation of experience) for an adviser to help "
			     "you build your file.") },
			{ .text = N_("Ask if Mon Compte Formation (CPF) or France Travail can pay for it.") },
			{ .text = N_("Prepare to describe your work in writing and in front of a jury.") },
		},
		N_("several months, a few hours a week"),
		N_("France VAE (validation of experience, vae.gouv.fr), France "
		   "Travail, CEP (free career advice), Mon Compte Formation "
		   "(CPF)"),
		.conditions = 1,
	},
	[ACTION_ALTERNANCE] = {
		"alternance",
		/* TRANSLATORS: at most 40 columns */
		N_("Work and study (alternance)"),
		N_("In alternance you work in a company and study at the same "
		   "time: you are paid and get a diploma."),
		{
			{ .text = N_("Search for offers and schools on the La bonne alternance website."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask the school (CFA) for its list of companies that take apprentices.") },
			{ .text = N_("Send your CV to companies, saying you want an apprenticeship contract.") },
			{ .text = N_("Ask the Mission Locale or France Travail about age limits and aids.") },
			{ .text = N_("Start early: most contracts begin between June and October.") },
		},
		N_("1 to 3 months to find a company"),
		N_("France Travail, Mission Locale, training centres (CFA), La "
		   "bonne alternance, CCI (chamber of commerce) and CMA "
		   "(chamber of trades)"),
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
			{ .text = N_("Look for missions on jeveuxaider.gouv.fr or at your town hall."),
			  .audience = AUDIENCE_ONLINE },
			{ .text = N_("Ask the Mission Locale about Service civique: you work as a "
			     "volunteer and get paid."),
			  .audience = AUDIENCE_UNDER26 },
			{ .text = N_("With a disability, Service civique is open until 30: ask France "
				     "Travail or Cap emploi about it."),
			  .audience = AUDIENCE_DISABLED_26_29 },
			{ .text = N_("Put your volunteer work on your CV, with what you did and learned.") },
			{ .text = N_("Ask the people you work with for a reference.") },
		},
		N_("a few hours a week"),
		N_("Service civique, jeveuxaider.gouv.fr, local associations, "
		   "Mission Locale"),
		.conditions = 1,
	},
	[ACTION_CREATION_CHAMBER] = {
		"creation-chamber",
		/* TRANSLATORS: at most 40 columns */
		N_("Meet your chamber of commerce or trades"),
		N_("The CCI (trade and services) and the CMA (crafts) help new "
		   "business owners. They explain the formalities, the status "
		   "to choose and the courses."),
		{
			{ .text = N_("Find out whether your business belongs to the CCI (trade, services) "
				     "or to the CMA (crafts).") },
			{ .text = N_("Book a first meeting or a short course for business creators.") },
			{ .text = N_("Ask which status fits your project, for example micro-entrepreneur.") },
			{ .text = N_("Ask whether your trade needs a diploma or a qualification to open.") },
			{ .text = N_("Ask which formalities to do, and in what order.") },
		},
		N_("half a day, then a few weeks"),
		N_("CCI (chamber of commerce and industry), CMA (chamber of trades "
		   "and crafts), the formalities website formalites.entreprises.gouv.fr"),
	},
	[ACTION_CREATION_FUNDING] = {
		"creation-funding",
		/* TRANSLATORS: at most 40 columns */
		N_("Look at the aids and loans for creators"),
		N_("Aids and loans exist for job seekers who create a business; they "
		   "change often, so check which ones apply to you."),
		{
			{ .text = N_("Write down what your project costs before you ask for money.") },
			{ .text = N_("Ask France Travail if you can keep part of your benefit (ARE) while "
				     "you start.") },
			{ .text = N_("Ask France Travail if part of your benefit can be paid as capital "
				     "(ARCE).") },
			{ .text = N_("Ask the URSSAF (social contributions office) about the ACRE "
			     "(lower contributions at the start).") },
			{ .text = N_("Ask Adie about a microcredit, a small loan, if banks will not lend to you.") },
			{ .text = N_("Ask an Initiative France platform about an interest-free honour loan.") },
		},
		N_("2 to 4 weeks"),
		N_("France Travail (ARE, ARCE), URSSAF (social contributions "
		   "office, ACRE), Adie (microcredit), Initiative France "
		   "(honour loans)"),
		.conditions = 1,
	},
	[ACTION_LAYOFF_SUPPORT] = {
		"layoff-support",
		/* TRANSLATORS: at most 40 columns */
		N_("Use the support after a layoff"),
		N_("After an economic layoff, the CSP (contrat de sécurisation "
		   "professionnelle) gives close support and training; the choice is "
		   "made soon after the employer proposes it."),
		{
			{ .text = N_("Ask France Travail about the CSP (layoff support) as soon as it "
			     "is offered: time to answer is short.") },
			{ .text = N_("Decide with your adviser: compare the CSP (layoff support) and "
			     "the usual jobless benefit first.") },
			{ .text = N_("Ask which training and support the CSP (layoff support) would give you.") },
			{ .text = N_("Keep every letter from your employer about the layoff.") },
			{ .text = N_("Ask the employee representatives or a union about your rights.") },
		},
		N_("a few days to decide, then up to a year of support"),
		N_("France Travail (CSP), your employer, employee representatives, "
		   "unions"),
		.conditions = 1,
	},
};

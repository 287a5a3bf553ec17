extension BuiltInLexicon {
    /// People, roles and the cues for whose side the asker is on.
    static let people = """
        colleague = colleagues = coworker = co-worker = coworkers = workmate = teammate = peer = collega = collega's = teamgenoot = teamgenote = vakgenoot
        manager = managers = leidinggevende = leidinggevenden = boss = baas = chef = supervisor = team lead = teamlead = team leader = teamleider = teamleidster = line manager = lijnmanager = head of = hoofd = director = directeur = afdelingshoofd = leiding
        # The asker talks about their own manager: the employee's side.
        my manager = my boss = my supervisor = my team lead = my teamlead = my team leader = my line manager = my director = mijn leidinggevende = mijn baas = mijn manager = mijn chef = mijn teamleider = mijn directeur = mijn direct leidinggevende
        # The asker talks about the people they lead: the manager's side.
        my reports = my direct reports = my employees = my staff = my people = my team members = someone in my team = a team member = team member = direct report = direct reports = mijn medewerkers = mijn medewerker = mijn mensen = mijn teamleden = mijn teamlid = teamlid = teamleden = iemand uit mijn team = ondergeschikte
        employee = employees = staff member = staff = worker = workers = medewerker = medewerkers = werknemer = werknemers = personeel = personeelslid
        new hire = new hires = new colleague = new employee = new starter = new team member = newcomer = recruit = nieuwe collega = nieuwe medewerker = nieuwe werknemer = nieuwkomer = starter = nieuweling = nieuw teamlid = new guy = new girl = new person
        intern = interns = trainee = trainees = stagiair = stagiaire = stagiairs = werkstudent = apprentice = leerling = graduate = junior
        junior = juniors = young colleague = younger colleague = jonge collega = jongere collega = jongeren = starter = beginner
        senior = seniors = experienced colleague = ervaren collega = more experienced = ervaren = veteran = old hand = expert = specialist = deskundige
        customer = customers = client = clients = klant = klanten = cliënt = cliënten = consument = buyer = koper = afnemer = opdrachtgever
        caller = callers = beller = bellers = person on the phone = klant aan de telefoon = customer on the line
        candidate = candidates = applicant = applicants = sollicitant = sollicitanten = kandidaat = kandidaten = job seeker = werkzoekende
        recruiter = hiring manager = recruiters = werver = recruiter = selectiecommissie = interview panel = panel
        hr = human resources = personnel department = p&o = personeelszaken = hr department = hr-afdeling = hr afdeling
        management = leadership = directie = board = bestuur = mt = management team = managementteam = leadership team = executives = c-level = raad van bestuur
        ceo = chief executive = director = directeur = algemeen directeur = bestuurder = founder = owner = eigenaar
        mentor = mentors = mentoring = mentorship = mentorschap = mentoraat = mentortraject = mentee = mentees = klankbord = sounding board = sparringpartner = sparring partner = take under my wing = take someone under my wing = onder mijn vleugels = become a mentor = mijn ervaring delen = share my experience = pass on my experience = ervaring doorgeven = junior begeleiden = guide a junior = loopbaanadvies = under my wing = under your wing = mentee begeleiden = guide a mentee
        buddy = buddies = maatje = inwerkmaatje = inwerkbuddy = onboarding buddy = peer buddy = aanspreekpunt = point of contact = go-to person = vast aanspreekpunt = show someone the ropes = show the new colleague the ropes = wegwijs maken = nieuwe collega wegwijs maken = onder mijn hoede = onder je hoede = vraagbaak = eerste aanspreekpunt = first point of contact = rondleiden = rondleiding = give a tour = tour of the office = looking after the new = look after the new = zorgen voor de nieuwe = buddy for a new = buddy voor een nieuwe = buddy van een nieuwe
        coach = coaches = coaching = coachen = coacht = coachend = gecoacht = coachee
        expert = experts = specialist = deskundige = kenner = subject matter expert = vakexpert
        team = teams = department = afdeling = afdelingen = unit = squad = group = groep = vakgroep
        stakeholder = stakeholders = belanghebbende = belanghebbenden = opdrachtgever = sponsor
        supplier = suppliers = vendor = leverancier = leveranciers = contractor = aannemer
        partner = partners = relatie = relaties = business partner = zakenpartner
        generation = generations = generatie = generaties = older employees = oudere medewerkers = younger employees = jongere medewerkers = age gap = leeftijdsverschil = millennials = gen z = babyboomers = generatiekloof = generation gap = kloof tussen generaties = boomers = gen-z = jonge generatie = younger generation = older generation = oudere generatie
        older = ouder = oudere = senior = elder = experienced
        younger = jonger = jongere = jonge = young = jong
        myself = me myself = mezelf = mijzelf = zelf = my own = mijn eigen = own = eigen
        everyone = everybody = iedereen = all = allemaal = alle = whole team = hele team = heel het team
        director = directors = directeur = directeuren = directie = vp = vice president
        reference = references = referee = referees = referentie = referenties = referent = referenten = former employer = vorige werkgever = previous employer = oud-werkgever = old boss = oude baas = former manager = vorige leidinggevende
        """
}

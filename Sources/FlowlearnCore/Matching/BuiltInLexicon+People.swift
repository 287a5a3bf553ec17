extension BuiltInLexicon {
    /// People, roles and the cues for whose side the asker is on.
    static let people = """
        colleague = colleagues = coworker = co-worker = workmate = teammate = peer = collega = teamgenoot = teamgenote = vakgenoot
        manager = managers = leidinggevende = leidinggevenden = chef = supervisor = teamlead = teamleider = teamleidster = lijnmanager = hoofd = director = directeur = afdelingshoofd = leiding
        # The asker talks about their own manager: the employee's side.
        # The asker talks about the people they lead: the manager's side.
        teamlid = teamleden = ondergeschikte
        employee = employees = staff = worker = workers = medewerker = medewerkers = werknemer = werknemers = personeel = personeelslid
        newcomer = recruit = nieuwkomer = starter = nieuweling
        interns = trainees = stagiaire = stagiairs = werkstudent = apprentice = leerling = graduate = junior
        junior = juniors = jongeren = starter = beginner
        senior = seniors = ervaren = veteran = expert = specialist = deskundige
        customer = customers = client = clients = klant = klanten = cliënt = cliënten = consument = buyer = koper = afnemer = opdrachtgever
        candidate = candidates = applicants = sollicitant = sollicitanten = kandidaat = kandidaten = werkzoekende
        recruiter = recruiters = werver = selectiecommissie = panel
        hr = p&o = personeelszaken = hr-afdeling
        management = leadership = directie = board = bestuur = managementteam = executives = c-level
        ceo = director = directeur = bestuurder = founder = owner = eigenaar
        mentor = mentors = mentoring = mentorship = mentoraat = mentortraject = mentee = mentees = klankbord = sparringpartner = loopbaanadvies
        buddy = buddies = maatje = inwerkmaatje = inwerkbuddy = aanspreekpunt = vraagbaak = rondleiden = rondleiding
        coach = coaches = coaching = coachen = coacht = coachend = gecoacht = coachee
        expert = experts = specialist = deskundige = kenner = vakexpert
        team = teams = department = afdeling = afdelingen = unit = squad = group = groep = vakgroep
        stakeholder = stakeholders = belanghebbende = belanghebbenden = opdrachtgever = sponsor
        supplier = suppliers = vendor = leverancier = leveranciers = contractor = aannemer
        partner = partners = relatie = relaties = zakenpartner
        generation = generations = generatie = generaties = leeftijdsverschil = millennials = babyboomers = generatiekloof = boomers = gen-z
        older = ouder = oudere = senior = elder = experienced
        younger = jonger = jongere = young = jong
        myself = mijzelf = zelf = own = eigen
        everyone = everybody = iedereen = all = alle
        director = directors = directeur = directeuren = directie = vp
        reference = references = referee = referees = referentie = referenties = referent = referenten
        """
}

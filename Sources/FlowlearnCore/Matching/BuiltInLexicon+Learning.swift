extension BuiltInLexicon {
    /// Starting a job, onboarding others, and learning and development.
    static let onboardingAndLearning = """
        onboarding = onboard = onboarden = inwerken = inwerkt = ingewerkt = inwerkperiode = inwerkprogramma = inwerktraject = introductie = introductieprogramma = induction = orientation = oriëntatie = welcome = welkom = verwelkomen
        introduce = introduction = kennismaken = kennismaking = kennismakingen = voorstellen = netwerk = network = networking = netwerken
        arrange = arrangements = geregeld = organize = organiseren = organiseer = setup = opzetten = opgezet = inrichten = klaarzetten = klaarleggen = klaarstaan
        learn = learning = learned = learnt = learns = leren = leer = leert = leerde = geleerd = study = studeren = studie = master = grip
        development = develop = developing = ontwikkeling = ontwikkelen = ontwikkel = self-development = zelfontwikkeling = growth = grow = groeien = groei = groeit = upskilling = bijscholen = bijscholing = vakmanschap
        leerdoel = leerdoelen = ontwikkeldoel = ontwikkeldoelen = ontwikkelpunt = ontwikkelpunten = ontwikkelwens = ontwikkelwensen = pop = pdp = idp = ontwikkelplan = werkpunt = werkpunten = voornemen = voornemens
        smart = meetbaar = measurable = achievable = haalbaar = realistic = realistisch = time-bound = tijdgebonden
        vague = vage = unclear = onduidelijk = fuzzy = wazig = algemeen = general = abstract = abstracte = superficial = oppervlakkig = shallow
        reflect = reflects = reflecting = reflection = reflections = reflecteren = reflecteer = reflectie = reflecties = zelfreflectie = self-reflection = terugkijken = terugblikken = terugblik = introspection = lessen
        weekreflectie = weekreflecties = weekevaluatie = vrijdag = friday = journal = journaling = dagboek = logboek = leerlogboek = diary = reflectieverslag = weekverslag
        intervision = intervisie = intervisiegroep = intervisiebijeenkomst = intervisiegesprek = casusbespreking = casus = cases = case = incidentmethode = supervisie = supervision = inbrenger = intervisiemethode
        stretchopdracht = stretchopdrachten = uitdagingen = challenge = challenges = comfortzone = sleur = uitgekeken
        assignment = assignments = opdracht = opdrachten = task = tasks = taak = taken = klus = klusje = chore = werkzaamheden
        shadowing = shadow = meelopen = meeloopdag = meeloopdagen = meekijken = observe = observation = observeren = observeer = afkijken
        teach = teaching = taught = teaches = explain = explaining = uitleggen = aanleren = instruct = instruction = instructie = instrueren = demonstrate = demonstreren = voordoen = train = trainen = opleiden = kennisoverdracht
        training = trainings = course = courses = cursus = cursussen = opleiding = opleidingen = workshop = workshops = class = classes = les = lessen = e-learning = elearning = webinar = masterclass = leertraject = programme = program = programma
        kennisdelen = kennisdeling = kennisuitwisseling = kennissessie = kennissessies = kennisdeelsessie = lunch-and-learn = lunchlezing = lunchsessie = lunchsessies = inspiratiesessie = masterclass = kennislunch = lunchtalk = lunchpresentatie
        lunch = lunchtime = lunchpauze = middagpauze
        session = sessie = sessies = bijeenkomst = bijeenkomsten = meetup = gathering = event = evenement = get-together
        tiktok = linkedin = twitter = digital = digitaal = digitale = technology = technologie = ai
        software = program = programma = programmas = application = applications = applicatie = applicaties = app = apps = tool = tools = systeem = system = systems = systemen = platform = pakket = softwarepakket = erp = tutorial = tutorials = instructievideo = rondklikken
        quickly = snel = snelle = rapid = vlot = efficiently = speed = tempo = zsm
        unfamiliar = onbekend = onbekende = unknown
        practice = practise = practising = practicing = oefenen = oefen = oefening = oefeningen = rehearse = rehearsal = repetitie = repeteren = uitproberen = experiment = experimenteren = hands-on = doen
        help = helps = helping = helped = hulp = helpen = hielp = geholpen = support = ondersteunen = assist = assistance = bijstand = backup = back-up
        bother = disturb = disturbing = storen = stoor = lastigvallen = burden
        knowledge = kennis = know-how = expertise = skills = skill = vaardigheid = vaardigheden = competenties = competentie = competence = competences = ervaring = experience = craft = vak = vakkennis
        formulate = formulating = formuleren = formuleer = formuleert = geformuleerd = verwoorden = verwoord = opschrijven = opgeschreven = articulate
        """

    /// Recruitment and selection.
    static let recruitment = """
        interview = interviews = interviewer = sollicitatiegesprek = sollicitatiegesprekken = selectiegesprek = selectiegesprekken = kennismakingsgesprek = intake
        star-methode = interviewleidraad = standaardvragen = scorecard = scorecards = beoordelingsformulier
        recruitment = recruiting = recruit = hiring = hire = hires = werving = werven = rekrutering = wervingsproces = selection = selectie = selecteren = selectieproces = vacancy = vacancies = vacature = vacatures = vacaturetekst = vervullen
        apply = applying = sollicitatie = sollicitaties = solliciteert = cv = cvs = resume = resumes = motivatiebrief = sollicitatiebrief
        anonymous = anonieme = anonymised = geanonimiseerd = blind
        bias = biases = biased = prejudice = prejudices = vooroordeel = vooroordelen = bevooroordeeld = stereotype = stereotypes = stereotypen = mini-me = discrimination = discriminatie = discrimineren = discriminate = onderbuik = onderbuikgevoel = chemistry = chemie = cultuurmatch = halo-effect
        diversity = divers = diverse = diversiteit = inclusion = inclusie = inclusive = inclusief = inclusieve = representation = variety = verscheidenheid
        age = ages = leeftijd = old = geboortedatum
        referentiecheck = referentiechecks = referentieonderzoek = achtergrondcheck = antecedentenonderzoek
        offer = aanbod = aanbieding = contractaanbod = arbeidsvoorwaarden = arbeidsovereenkomst = arbeidscontract = contract
        reject = rejects = rejecting = rejected = rejection = rejections = afwijzen = afgewezen = afwijzing = afwijzingen = decline = teleurstellen = unsuccessful = afwijzingsmail = afwijzingsbrief = afwijzingsgesprek
        vervolggesprek = shortlist = longlist = shortlisted
        forbidden = prohibited = verboden = illegal = illegaal = onwettig = unlawful = taboo = taboe = ontoelaatbaar
        allowed = permitted = toegestaan = legal = legaal = wettelijk = law = wet = wetgeving = legislation
        pregnancy = pregnant = zwanger = zwangerschap = kinderwens = gezinsplanning = children = kinderen = kids = gezinssituatie = married = getrouwd
        religion = religious = geloof = gelovig = religie = church = kerk = faith = levensovertuiging
        health = medical = medisch = medische = illness = ziekte = sickness = ill = ziekteverzuim = verzuim = absence = absenteeism = ziektegeschiedenis = disability = handicap = beperking = chronic = chronisch
        origin = afkomst = nationality = nationaliteit = ethnicity = etniciteit = background = achtergrond = geaardheid = gender = geslacht
        privévragen = privacy = privéleven
        """
}

extension BuiltInLexicon {
    /// Leading people and teams, and general work vocabulary that bridges the languages.
    static let leadership = """
        lead = led = leiden = leid = leidt = leidde = geleid = leidinggeven = leidinggevend = leiderschap = leadership = aansturen = aangestuurd = supervise = supervising = coordinate = coördineren = coordinator = coördinator
        motivate = motivating = motivation = motivated = motiveren = motiveer = motivatie = gemotiveerd = engagement = bevlogenheid = inspire = inspireren = inspiratie = enthusiasm = enthousiasme = enthousiast = drive = energie
        expectations = expectation = verwachtingen = verwachting = verwacht = expect = agreements = afspraken
        change = changes = changing = verandering = veranderingen = veranderen = wijziging = wijzigingen = transition = transitie = overgang = switch = switching = overstap = overstappen = migration = migratie = implementation = implementatie = invoering = invoeren = rollout = uitrol = verandermanagement
        collaborate = collaboration = collaborating = samenwerken = samenwerking = teamwork = cooperate = cooperation = coöperatie = together = samen = gezamenlijk = jointly = cross-functional = afdelingsoverstijgend = silo = silos = eilandjes
        responsibility = responsibilities = verantwoordelijkheid = verantwoordelijkheden = verantwoordelijk = responsible = accountable = role = roles = rol = rollen = taak = taakverdeling = mandate = bevoegdheid = bevoegdheden
        trust = trusting = vertrouwen = vertrouw = uitspreken = durven = dare = daring = courage = moed
        wellbeing = welfare = welzijn = welbevinden = privéleven = privesituatie = thuissituatie = werk-privébalans = werk-privé = balance = balans = disbalans = evenwicht
        teambuilding = teamdag = heidag = hei-dag = offsite = uitje = borrel = vrijdagmiddagborrel = drinks = teamactiviteit
        strategy = strategie = vision = visie = mission = missie = roadmap = jaarplan
        verkoop = verkopen = selling = deal = deals = acquisition = acquisitie = prospect = prospects = commercial = commercieel = commerciële = accountmanager = relatiebeheer = vertegenwoordiger
        marketing = communicatieafdeling = brand = merk = branding = campaign = campagne = advertising = reclame = content = social = pr
        products = producten = productlancering = release = releases = feature = features = service = services = diensten = dienst
        """

    /// Common verbs, nouns and question frames that matter for the side of a question.
    static let general = """
        before = beforehand = vooraf = voorafgaand = prior = ahead = upfront = voordat
        after = afterwards = achteraf = naderhand = daarna = nadien = afterward
        improve = improving = improvement = improvements = verbeteren = verbeter = verbetert = verbeterd = verbetering = verbeteringen = verbeterpunt = verbeterpunten = better = beter = betere = upgrade = optimise = optimize = optimaliseren
        worth = valuable = waardevol = value = waarde = benefit = benefits = voordeel = voordelen = useful = nuttig = profit = profiteren
        concrete = concreet = specific = specifiek = specifieke = precise = precies = tangible = tastbaar = facts = feiten = observable = waarneembaar
        honest = honesty = eerlijk = eerlijkheid = openness = openheid = transparent = transparant = transparantie = transparency = candid = oprecht = sincere = genuine = straightforward = rechtuit = directness = directheid
        respect = respectful = respectvol = respectvolle = respecteren = kindly = kind = vriendelijk = tactful = tactvol = tactisch = diplomatic = diplomatiek = diplomatically = netjes = nicely = politely = polite = beleefd = beleefde = decently = fatsoenlijk = gracefully = gentle = gently = zacht = voorzichtig = carefully = careful = zorgvuldig
        private = privately = apart = discreet = discreetly
        first = eerste
        problem = problems = probleem = problemen = issue = issues = kwestie = kwesties = trouble = moeite = difficulty = difficulties = struggle = struggling = struggles = worstelen = worstel = worstelt = moeilijk = lastig = lastige = hassle = gedoe
        afraid = bang = angst = fear = fears = vrees = zenuwachtig = dread = hesitant = aarzelen = aarzel = terrified = doodsbang = worried = ongerust = bezorgd = shy = verlegen = insecure = onzeker = onzekerheid = uncertain = uncertainty = self-confidence = zelfvertrouwen = confidence = confident = zelfverzekerd
        weak = weakness = incompetent = incapable = stom = stupid = zwak = zwakte = onkundig = tekortschieten = failure = falen
        """
}

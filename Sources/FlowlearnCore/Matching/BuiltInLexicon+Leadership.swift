extension BuiltInLexicon {
    /// Leading people and teams, and general work vocabulary that bridges the languages.
    static let leadership = """
        lead = leading = led = leiden = leid = leidt = leidde = geleid = leiding geven = leidinggeven = leidinggevend = leiderschap = leadership = aansturen = stuur aan = stuurt aan = aangestuurd = supervise = supervising = people management = people manager = people leader = mensen aansturen = leading a team = team leiden = een team leiden = leading people = coordinate = coördineren = coordinator = coördinator
        first time manager = new manager = nieuwe manager = nieuwe leidinggevende = new team lead = new team leader = beginnend leidinggevende = net leidinggevende = just promoted = pas leidinggevende = never done before = nooit eerder gedaan = never before = nooit eerder
        motivate = motivating = motivation = motivated = motiveren = motiveer = motivatie = gemotiveerd = engagement = bevlogenheid = inspire = inspireren = inspiratie = enthusiasm = enthousiasme = enthousiast = drive = energie
        expectations = expectation = verwachtingen = verwachting = verwacht = expect = expected = what is expected = wat wordt verwacht = clarity about = duidelijkheid over = agreements = afspraken
        change = changes = changing = verandering = veranderingen = veranderen = wijziging = wijzigingen = transition = transitie = overgang = switch = switching = overstap = overstappen = stap over = migration = migratie = implementation = implementatie = invoering = invoeren = rollout = uitrol = change management = verandermanagement = new way of working = nieuwe manier van werken
        collaborate = collaboration = collaborating = samenwerken = samenwerking = werk samen = werken samen = teamwork = team work = cooperate = cooperation = coöperatie = together = samen = gezamenlijk = jointly = cross-functional = tussen afdelingen = between departments = across teams = afdelingsoverstijgend = silo = silos = eilandjes
        responsibility = responsibilities = verantwoordelijkheid = verantwoordelijkheden = verantwoordelijk = responsible = accountable = role = roles = rol = rollen = taak = taakverdeling = division of tasks = who does what = wie doet wat = mandate = bevoegdheid = bevoegdheden
        trust = trusting = vertrouwen = vertrouw = psychological safety = psychologische veiligheid = veilig voelen = feel safe = open culture = open cultuur = speak up = uitspreken = spreek uit = durven = dare = daring = courage = moed
        wellbeing = welfare = welzijn = welbevinden = how are you = hoe gaat het = hoe gaat het met je = check in on = personal life = privéleven = privesituatie = thuissituatie = home situation = work-life balance = work life balance = balans werk privé = werk-privébalans = werk-privé = balance = balans = disbalans = evenwicht
        team building = teambuilding = teamuitje = team outing = team day = teamdag = heidag = hei-dag = offsite = away day = uitje = borrel = vrijdagmiddagborrel = drinks = team event = teamactiviteit = team activity
        strategy = strategie = vision = visie = mission = missie = roadmap = jaarplan = annual plan
        sales = verkoop = verkopen = sell = selling = deal = deals = acquisition = acquisitie = prospect = prospects = commercial = commercieel = commerciële = account manager = accountmanager = relatiebeheer = relationship management = sales rep = vertegenwoordiger
        marketing = communicatieafdeling = brand = merk = branding = campaign = campagne = advertising = reclame = content = social = pr = public relations
        product = products = producten = product launch = productlancering = release = releases = feature = features = service = services = diensten = dienst
        """

    /// Common verbs, nouns and question frames that matter for the side of a question.
    static let general = """
        before = beforehand = vooraf = van tevoren = voorafgaand = prior = ahead = in advance = upfront = voordat = voor het gesprek = before the meeting = before the conversation = voor de vergadering
        after = afterwards = achteraf = na afloop = naderhand = daarna = after the fact = nadien = afterward = once it happened = toen het gebeurd was
        improve = improving = improvement = improvements = verbeteren = verbeter = verbetert = verbeterd = verbetering = verbeteringen = verbeterpunt = verbeterpunten = better = beter = betere = better at = beter worden = get better = upgrade = optimise = optimize = optimaliseren = more out of = meer uit = meer halen uit = make more of = meer van maken = get more out of = haal meer uit
        worth = worthwhile = de moeite waard = moeite waard = valuable = waardevol = value = waarde = benefit = benefits = voordeel = voordelen = useful = nuttig = profit = profiteren = get the most out of = het meeste halen uit = maximaal benutten = make the most of
        concrete = concreet = concrete = specific = specifiek = specifieke = precise = precies = tangible = tastbaar = facts = feiten = observable = waarneembaar = waarneembaar gedrag = observable behaviour
        honest = honesty = eerlijk = eerlijkheid = openness = openheid = transparent = transparant = transparantie = transparency = candid = oprecht = sincere = genuine = straightforward = rechtuit = directness = directheid
        respect = respectful = respectvol = respectvolle = respecteren = kindly = kind = vriendelijk = tactful = tactvol = tactisch = diplomatic = diplomatiek = diplomatically = netjes = nicely = politely = polite = beleefd = beleefde = decently = fatsoenlijk = gracefully = without being a jerk = zonder bot te zijn = gentle = gently = zacht = voorzichtig = carefully = careful = zorgvuldig = with care
        private = privately = in private = onder vier ogen = vier ogen = apart = apart nemen = just the two of us = met z'n tweeën = not in public = niet waar anderen bij zijn = discreet = discreetly
        first = eerste = first time = eerste keer = voor het eerst
        problem = problems = probleem = problemen = issue = issues = kwestie = kwesties = trouble = moeite = difficulty = difficulties = struggle = struggling = struggles = worstelen = worstel = worstelt = hard time = moeilijk = lastig = lastige = hassle = gedoe
        afraid = scared = bang = angst = fear = fears = vrees = nervous = zenuwachtig = dread = dreading = hesitant = aarzelen = aarzel = durf niet = don't dare = doesn't dare = scared to = bang om = terrified = doodsbang = worried = ongerust = bezorgd = shy = verlegen = insecure = onzeker = onzekerheid = uncertain = uncertainty = self-confidence = zelfvertrouwen = confidence = confident = zelfverzekerd
        weak = weakness = incompetent = incapable = niet kunnen = kan het niet = look stupid = dom overkomen = dom lijken = stom = stupid = seem incompetent = alsof ik het niet kan = lijkt alsof = look weak = zwak = zwakte = onkundig = tekortschieten = failure = falen
        """
}

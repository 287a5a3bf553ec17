extension BuiltInLexicon {
    /// Other common microlearning topics: negotiation, projects, change, compliance, sales,
    /// wellbeing, digital skills, sustainability, inclusion and everyday collaboration.
    static let skills = """
        negotiate = negotiation = negotiations = onderhandelen = onderhandel = onderhandeling = onderhandelingen = bargain = bargaining = haggle = counteroffer = tegenbod = tegenvoorstel = win-win = compromise = compromis
        salarisonderhandeling = salarisgesprek
        projectmanagement = projectleider = projectleiding = projectmanager = projectplan = scope = gantt = milestones = mijlpalen = deliverables = opleveringen = kick-off = kickoff = aftrap = startbijeenkomst = projectstart
        agile = scrum = sprintplanning = kanban = refinement
        risk = risks = risico = risico's = risicoanalyse = risicomanagement = contingency = noodplan
        budget = budgets = begroting = begrotingen = kosten = costs = cost = financiën = finances = forecast = prognose = uitgaven = overspend = overschrijding = budgetoverschrijding
        stakeholderanalyse = omgevingsmanagement = verwachtingsmanagement
        weerstand = sceptisch = sceptici = cynical = cynisch
        ethics = ethical = ethisch = ethiek = integriteitskwestie = whistleblower = klokkenluider = klokkenluidersregeling = misconduct = wangedrag = belangenverstrengeling = vertrouwenspersoon
        gifts = gift = cadeaus = geschenk = geschenken = relatiegeschenk = relatiegeschenken = hospitality = bribe = bribery = omkoping = steekpenningen
        harassment = intimidatie = bullying = pesten = gepest = bully = microaggressions = microagressies
        verkoopgesprek = verkoopgesprekken = acquisitiegesprek = prospecting = objection = objections = bezwaren = bezwaar = upsell = upselling
        intakegesprek = accountmanagement = klantrelatie = klantrelaties
        werkgeluk = energiemanagement = recharge = opladen = ontspannen = relax = relaxation = ontspanning = mindfulness = meditatie = meditation = ademhaling = breathing = ademhalingsoefening
        sleep = slaap = fatigue = vermoeidheid = jetlag = nachtdiensten = ploegendienst
        schermtijd = bereikbaarheid = reachability
        computervaardigheden = ict-vaardigheden
        ai = chatgpt = copilot = ai-tools = prompt = prompts = prompting = taalmodel
        sustainability = sustainable = duurzaam = duurzaamheid = duurzame = green = groen = climate = klimaat = co2 = carbon = uitstoot = emissions = recycling = circular = circulair
        inclusion = inclusive = inclusief = inclusie = belonging = neurodiversity = neurodiversiteit = autism = autisme = adhd = dyslexia = dyslexie = accessibility = toegankelijkheid
        culture = bedrijfscultuur = organisatiecultuur = teamcultuur = values = waarden = kernwaarden = norms = normen
        cross-cultural = intercultural = intercultureel = interculturele = cultuurverschillen = taalbarrière = expats = expat
        feedbackcultuur = aanspreekcultuur = afrekencultuur
        besluitvorming = decisiveness = besluitvaardig = besluitvaardigheid = dilemma = dilemma's
        probleemoplossend = oplossingsgericht = solution-focused = oorzaak = grondoorzaak = oorzaakanalyse = fishbone = visgraatdiagram = analyse = analysis = analyseren
        mindmap = mindmapping = brainwriting = prototype = prototyping = klantreis
        storytelling = story = stories = narrative = anecdote = anekdote = vertelkunst = hook = openingszin
        visual = visuals = visueel = visuele = infographic = chart = charts = grafiek = grafieken = diagram = diagrams = datavisualisatie = dashboard = dashboards
        data = data-analyse = analytics = numbers = cijfers = statistics = statistiek = datagedreven = insights = inzichten
        memory = remember = onthouden = vergeet = forget = forgetting = vergeetachtig = names = namen = leertechnieken = studietips = herhaling
        leermotivatie = leergewoonte = curious = nieuwsgierig = curiosity = nieuwsgierigheid = groeimindset
        re-integration = reintegratie = re-integratie = comeback
        teamdynamiek = teamrollen = belbin = teamontwikkeling = tuckman
        betrayal = verraad
        gossip = roddelen = roddel = geroddel = backstabbing = cliques = kliekjes = groepjes
        recognition = appreciation = waardering = erkenning = bedanken = complimenteren = vieren = celebrate = celebration
        """
}

extension BuiltInLexicon {
    /// Meetings of every kind: chairing, minutes, hybrid, brainstorms, retrospectives, presenting.
    static let meetings = """
        meeting = meetings = vergadering = vergaderingen = vergaderen = vergader = vergadert = overleg = overleggen = werkoverleg = teamvergadering = teammeeting = afdelingsoverleg = afdelingsvergadering = daily = huddle = sync = weekstart = all-hands = plenary = plenaire = meet = meets
        chair = chairing = chairs = chaired = chairman = chairperson = voorzitter = voorzitten = voorzit = moderate = moderator = gespreksleider = gespreksleiding = dagvoorzitter
        agenda = agendas = agenda's = agendapunt = agendapunten = topics = onderwerpen
        timekeeping = tijdbewaking = uitlopen = uitloopt = overrun = overruns = endless = eindeloos = tijdverspilling = afdwalen = uitweiden = zijspoor = zijpaden = sidetracked = derail = derailed
        decision = decisions = decide = decided = deciding = besluit = besluiten = beslissing = beslissingen = beslissen = beslis = conclusion = conclusies = conclusie = outcome = uitkomst
        productive = productief = productieve = efficient = efficiënt = efficiënte = effective = effectief = effectieve
        minutes = notulen = notuleren = notuleer = notulist = verslag = verslagen = verslaglegging = aantekeningen = note-taking = secretary = secretaris = vergadernotities = besluitenlijst
        actiepunten = actiepunt = actielijst = afspraken
        hybrid = hybride = mixed = gemengd = thuiswerkers = inbellen = inbelt = inbellers = thuis
        remote = remotely = wfh = thuiswerk = telework = teleworking = distributed = online = digitaal
        videocall = videocalls = videogesprek = videobellen = videovergadering = videoconference = zoom = webex = camera = webcam = gedempt = dempen
        excluded = uitgesloten = buitengesloten = buitenspel = forgotten = vergeten = overlooked = invisible = onzichtbaar = ignored = genegeerd = tweederangs
        include = including = included = inclusion = betrekken = betrek = betrokken = involve = involved = involvement = betrokkenheid = engage = engaged = engagement = participation = participate = participeren = deelnemen = deelname = meedoen = contribute = contribution = bijdragen = bijdrage = inbreng = spreektijd
        brainstorm = brainstorms = brainstorming = brainstormen = brainstormsessie = brainstormsessies = ideeëngeneratie = denksessie = ideeënsessie = workshop = afschieten = afgeschoten
        idea = ideas = idee = ideeën = ideeen = concept = concepts = proposal = proposals = voorstel = voorstellen = initiative = initiatief = ideeënbus = innovation = innovatie = vernieuwing
        creative = creativity = creatief = creatieve = creativiteit = innovative = innovatief = vernieuwend = original = origineel
        dominate = dominates = dominating = dominant = domineren = domineert = overheersen = overheerst = monopolise = loudest = luidste = quiet = stil = stille = stillere = introverts = introverten = introvert = shy = verlegen
        retrospective = retrospectives = retro = retros = retrospectief = retrospectieve = projectevaluatie = evaluatiebijeenkomst = evaluatiesessie = post-mortem = postmortem = debrief = debriefing = nabespreking = nabespreken
        blame = blames = blamed = blaming = finger-pointing = scapegoat = scapegoating = schuld = schuldige = schuldigen = schuldvraag = zwartepieten = zondebok
        present = presents = presenting = presented = presentation = presentations = presenteren = presenteer = presenteert = presentatie = speech = speeches = toespraak = toespraken = pitch = pitches = slides = slide = dia = dia's = sheets = ppt = deck = prezi = voordracht = lezing = lecture = all-hands = spreekbeurt = keynote = congres
        audience = publiek = toehoorders = listeners = attendees = aanwezigen = deelnemers = participants = crowd = luisteraars
        nerves = nervousness = zenuwen = zenuwachtig = nerveus = spanning = gespannen = podiumangst = plankenkoorts = anxiety = anxious = angst = angstig = bang = afraid = scary = eng = spannend = dread = shaky = shaking = trillen = trilt = trillende = blush = blozen = sweat = zweten = panic = paniek = jitters = black-out = dichtklappen = zweethanden = butterflies
        boring = bored = saai = saaie = verveling = vervelen = dull = monotone = monotoon = engaging = boeiend = boeiende = interesting = interessant = captivate = captivating = pakkend = pakkende = attention = aandacht = boeien = lively = levendig
        pitch = pitches = pitching = elevatorpitch = pitchen = persuade = persuasion = persuasive = overtuigen = overtuig = overtuigend = overtuigingskracht = convince = convincing = convinced = draagvlak = akkoord = approval = goedkeuring = sign-off = meekrijgen = verkopen = funding = financiering
        short = shorter = briefly = kort = korte = korter = beknopt = beknopte = concise = compact
        afronding = lancering = productlancering = go-live = livegang = opgeleverd = oplevering
        """
}

extension BuiltInLexicon {
    /// Conversations of every kind: one-on-ones, coaching, bad news, exit interviews, conflict.
    static let conversations = """
        conversation = conversations = talk = chat = gesprek = gesprekken = gesprekje = praten = spreken = discussion = discussie = dialogue = dialoog
        one-on-one = 1:1 = 1-on-1 = 1on1 = one-to-one = bila = bilateraal = bilaterale = bilaatje = een-op-een = 1-op-1 = check-in = voortgangsgesprek
        weekly = wekelijks
        regular = regularly = regelmatig = periodic = periodiek = recurring = terugkerend
        confrontatie = confrontation
        bad-news = slechtnieuwsgesprek = slecht-nieuwsgesprek = slechtnieuws = onheilstijding
        deliver = breng = brengen = bracht = gebracht = overbrengen = announce = aankondigen = meedelen = mededelen
        redundancy = redundancies = layoff = layoffs = ontslag = ontslagen = boventallig = boventalligheid = dismissal = dismiss = fired = ontslaan
        reorganisation = reorganization = reorg = reorganisatie = reorganiseren = restructuring = herstructurering = herinrichting = organisatieverandering = cutbacks = bezuiniging = bezuinigingen
        promotion = promoted = promotie = bevordering = bevorderd = doorgroeien = doorgroei = carrièrestap
        exitgesprek = exitgesprekken = eindgesprek = afscheidsgesprek = uitstroomgesprek
        leaving = leaves = quit = quits = quitting = resign = resigns = resigned = resignation = vertrek = vertrekt = vertrekkende = weggaan = opgezegd = uitstroom = turnover = verloop = attrition = departing = outgoing
        vertrekredenen = retention = behoud = binden = retain
        coachgesprek = coachgesprekken
        grow-model = grow = coachingsmodel
        self-directed = zelfsturend = zelfstandig = independently = ownership = eigenaarschap = voorzeggen = voorkauwen = spoon-feed = spoonfeed = spoon-feeding
        solution = solutions = oplossing = oplossingen = oplossen = solve = fix = fixen
        stuck = vastlopen = vastzitten = vastgelopen = blocked = geblokkeerd = impasse = doodlopen = muurvast
        advice = advise = advies = adviseren = raad = suggest = suggestie = recommend = aanraden = tip
        listen = listening = luisteren = luister = aanhoren
        question = questions = vraag = vragen = ask = asking = asked = vroeg = gevraagd = inquire = navragen
        conflict = conflicts = conflicten = disputes = geschil = geschillen = ruzie = ruzies = ruziën = quarrel = fight = fighting = argument = arguments = disagreement = disagreements = meningsverschil = meningsverschillen = clash = clashes = botsing = botsen = friction = wrijving = tension = tensions = spanning = spanningen = feud = vete = overhoop = clinch = kibbelen = gekibbel = bickering = bicker = gekissebis
        disagree = disagrees = disagreed = disagreeing = oneens
        mediate = mediation = mediator = bemiddelen = bemiddeling = bemiddelaar = mediëren = arbitrate = scheidsrechter = peacemaker
        atmosphere = werksfeer = mood = vibe = teamgeest = morale = moreel = climate = werkklimaat = culture = cultuur = cohesion = saamhorigheid
        escalate = escalates = escalating = escalation = escaleren = escaleert = escalatie = spiral = oplopen = verergeren
        calm = kalmeren = kalm = rustig = de-escalate = de-escalation = de-escaleren = de-escalatie = defuse = soothe = sussen = bedaren
        agreement = agreements = afspraak = afspraken = deal = arrangement = commitment = commitments = toezegging = toezeggingen = vervolgstappen
        follow-up = followup = opvolgen = opvolging = vervolg = nagaan = nabespreken
        smalltalk = kletsen = chitchat = babbelen
        """

    /// Feedback in both directions, reviews and appraisals.
    static let feedbackAndReviews = """
        feedback = terugkoppeling = terugkoppelen = commentaar = opmerking = opmerkingen = remarks = input = critique = kritiek = criticism = criticise = criticize = bekritiseren = compliment = complimenten = praise = lof
        give = gives = giving = gave = given = geven = geef = geeft = gaf = gaven = gegeven = provide = offer = bieden = share = delen
        # Giving feedback: raising behaviour with someone.
        address = addressing = raise = confront = aanspreken = aanspreekt = aangesproken = aankaarten = zeggen = zeg = zei = gezegd = say = said = mention = noemen = aankaart
        # Receiving feedback: taking it in.
        receive = receives = receiving = received = get = gets = getting = got = gotten = ontvangen = ontvang = ontving = krijgen = krijg = krijgt = kregen = gekregen = hear = heard = horen = hoorde = gehoord
        react = reacting = reaction = respond = response = reageren = reageer = reactie = cope = omgaan = opvatten = opvangen
        defensive = defensief = verdedigen = verdedig = defend = justify = rechtvaardigen = attacked = hurt = offended = beledigd = upset = overstuur = stung = geraakt = sensitive = gevoelig = thin-skinned = lichtgeraakt
        harsh = hard = harde = tough = scherp = scherpe = blunt = bot = botte = confronting = confronterend = negative = negatief = negatieve = unfair = oneerlijk = onterecht = unjustified
        slordig = slordige = careless = onzorgvuldig = ondermaats = messy = rommelig
        behaviour = behavior = gedrag = conduct = houding = attitude = habit = habits = gewoonte = gewoontes = gewoonten
        interrupt = interrupts = interrupting = onderbreken
        lateness = punctuality = punctueel = stiptheid
        appraisal = appraisals = evaluation = evaluations = beoordelingsgesprek = beoordeling = beoordelingen = functioneringsgesprek = functioneringsgesprekken = jaargesprek = jaargesprekken = eindejaarsgesprek = ontwikkelgesprek = ontwikkelgesprekken = planningsgesprek = pop-gesprek = review = reviews = evaluatie = evaluatiegesprek = assessment = assessments
        rate = rating = ratings = score = scores = scoren = beoordelen = beoordeel = beoordeelt = assess = assessing = judge = evaluate = evalueren = waarderen = waardering = cijfer = cijfers = grade = grading = weigh = wegen
        fair = fairly = fairness = eerlijk = eerlijke = objectief = objectively = consistent = consistently = consequent = gelijk = equal = unbiased = onpartijdig = impartial = neutral = neutraal
        results = result = resultaten = resultaat = achievements = achievement = prestaties = prestatie = accomplishments = successen = wins = output = performance = functioneren
        goals = goal = doelen = doel = doelstelling = doelstellingen = targets = target = objectives = kpi = kpis = okr = okrs = afspraken
        career = careers = carrière = loopbaan = loopbaanontwikkeling = carrièreladder = carrièrestap = future = toekomst = ambition = ambitie = ambities = aspirations
        prepare = prepares = preparing = prepared = preparation = voorbereiden = bereiden = voorbereiding = voorbereid = ready = klaar = klaarmaken = beforehand = vooraf
        """
}

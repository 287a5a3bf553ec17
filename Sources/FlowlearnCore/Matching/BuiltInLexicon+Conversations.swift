extension BuiltInLexicon {
    /// Conversations of every kind: one-on-ones, coaching, bad news, exit interviews, conflict.
    static let conversations = """
        conversation = conversations = talk = talks = chat = gesprek = gesprekken = gesprekje = gesprekjes = praten = spreken = discussion = discussie = dialogue = dialoog
        one-on-one = one on one = 1:1 = 1-on-1 = 1on1 = one to one = one-to-one = bila = bilateraal = bilaterale = bilaatje = een-op-een = een op een = een-op-een gesprek = 1-op-1 = 1 op 1 = check-in = individual meeting = individueel gesprek = voortgangsgesprek
        weekly = wekelijks = wekelijkse = weekly basis = op weekbasis = every week on = elke week op
        regular = regularly = regelmatig = periodic = periodiek = recurring = terugkerend
        difficult conversation = difficult conversations = hard conversation = tough conversation = awkward conversation = lastig gesprek = moeilijk gesprek = lastige gesprekken = moeilijke gesprekken = confrontatie = confrontation
        bad news = bad-news = slecht nieuws = slechtnieuwsgesprek = slecht-nieuwsgesprek = slechtnieuws = unwelcome news = disappointing news = teleurstellend nieuws = vervelend nieuws = bad message = vervelende boodschap = slechte boodschap
        deliver = breng = brengen = bracht = gebracht = overbrengen = announce = aankondigen = meedelen = mededelen
        redundancy = redundancies = laid off = lay off = layoff = layoffs = ontslag = ontslagen = boventallig = boventalligheid = job loss = functie vervalt = position eliminated = role eliminated = dismissal = dismiss = fired = ontslaan = gedwongen vertrek
        reorganisation = reorganization = reorg = reorganisatie = reorganiseren = restructuring = herstructurering = herinrichting = organisational change = organisatieverandering = cutbacks = bezuiniging = bezuinigingen
        promotion = promoted = promotie = bevordering = bevorderd = doorgroeien = doorgroei = next level = career step = carrièrestap = hogere functie = higher position
        exit interview = exit interviews = exit conversation = exitgesprek = exitgesprekken = vertrekgesprek = eindgesprek = afscheidsgesprek = uitstroomgesprek = leaving interview = exit survey
        leave the company = leaving = leaves = quit = quits = quitting = resign = resigns = resigned = resignation = vertrekken = vertrek = vertrekt = vertrekkende = weggaan = gaat weg = opzeggen = zegt op = opgezegd = ontslag nemen = ontslag genomen = uitstroom = turnover = verloop = attrition = departing = outgoing = uit dienst
        why people leave = reasons for leaving = vertrekredenen = redenen van vertrek = retention = behoud = binden = boeien en binden = retain = keep people
        coaching conversation = coaching conversations = coachgesprek = coachgesprekken = coachend gesprek = coachende gesprekken = coachende vragen = coaching questions = coachende leiderschapsstijl
        grow model = grow-model = grow = goal reality options will = doel realiteit opties = coaching model = coachingsmodel
        own solution = their own solution = find a solution themselves = zelf een oplossing = eigen oplossing = zelf oplossen = zelf laten nadenken = laten nadenken = self-directed = zelfsturend = zelfstandig = independently = ownership = eigenaarschap = think for themselves
        solution = solutions = oplossing = oplossingen = way out = resolve = oplossen = solve = fix = fixen
        stuck = stuck on = vastlopen = loopt vast = vast lopen = vastzitten = zit vast = vastgelopen = blocked = geblokkeerd = impasse = dead end = doodlopen = can't figure out = kom er niet uit = komt er niet uit
        advice = advise = advies = adviseren = raad = raad geven = suggest = suggestie = recommend = aanraden = tip
        listen = listening = luisteren = luister = active listening = actief luisteren = hear out = aanhoren
        question = questions = vraag = vragen = ask = asking = asked = vroeg = gevraagd = inquire = navragen
        conflict = conflicts = conflicten = dispute = disputes = geschil = geschillen = ruzie = ruzies = ruziën = quarrel = fight = fighting = argument = arguments = disagreement = disagreements = onenigheid = meningsverschil = meningsverschillen = clash = clashes = botsing = botsen = friction = wrijving = tension = tensions = spanning = spanningen = feud = vete = at odds = niet met elkaar kunnen = don't get along = can't work together = kunnen niet samenwerken
        disagree = disagrees = disagreed = disagreeing = don't agree = do not agree = het oneens = oneens = niet eens met = het niet eens = niet mee eens = niet met eens = see it differently = anders zien = andere mening = different opinion = different view
        mediate = mediation = mediator = bemiddelen = bemiddeling = bemiddelaar = mediëren = mediation conversation = arbitrate = scheidsrechter = peacemaker = in the middle
        atmosphere = sfeer = werksfeer = mood = vibe = team spirit = teamgeest = morale = moreel = climate = werkklimaat = culture = cultuur = cohesion = saamhorigheid
        escalate = escalates = escalating = escalation = escaleren = escaleert = escalatie = uit de hand lopen = loopt uit de hand = gets out of hand = spiral = oplopen = loopt hoog op = loopt steeds hoger op = heats up = getting worse = verergeren
        calm down = calm = kalmeren = kalmeer = kalm = rustig = tot rust brengen = de-escalate = de-escalation = de-escaleren = de-escalatie = defuse = soothe = sussen = bedaren
        agreement = agreements = afspraak = afspraken = deal = arrangement = commitment = commitments = toezegging = toezeggingen = next steps = vervolgstappen
        follow up = follow-up = followup = opvolgen = opvolging = vervolg = nagaan = check back = terugkomen op = nabespreken
        small talk = smalltalk = kletsen = chitchat = babbelen = praatje
        """

    /// Feedback in both directions, reviews and appraisals.
    static let feedbackAndReviews = """
        feedback = terugkoppeling = terugkoppelen = comments = commentaar = opmerking = opmerkingen = remarks = input = critique = kritiek = criticism = criticise = criticize = bekritiseren = compliment = complimenten = praise = lof = evaluation of my work = notes on my work
        give = gives = giving = gave = given = geven = geef = geeft = gaf = gaven = gegeven = provide = offer = bieden = share = delen = hand out
        # Giving feedback: raising behaviour with someone.
        address = addressing = raise = raise it = confront = aanspreken = spreek aan = spreek hem aan = spreek haar aan = aanspreekt = aangesproken = aankaarten = bespreekbaar maken = ter sprake brengen = aan de orde stellen = zeggen = zeg = zei = gezegd = say = said = mention = noemen = aankaart
        # Receiving feedback: taking it in.
        receive = receives = receiving = received = get = gets = getting = got = gotten = ontvangen = ontvang = ontving = krijgen = krijg = krijgt = kreeg = kregen = gekregen = be given = hear = heard = horen = hoorde = gehoord
        react = reacting = reaction = respond = response = reageren = reageer = reactie = cope = omgaan = opvatten = opvangen
        defensive = defensief = verdedigen = verdedig = defend = justify = rechtvaardigen = excuses maken = make excuses = in de verdediging = take it personally = persoonlijk opvatten = persoonlijk nemen = attacked = aangevallen = hurt = gekwetst = offended = beledigd = upset = overstuur = van slag = stung = geraakt = raakt me = sensitive = gevoelig = thin-skinned = lichtgeraakt = snel gekwetst = easily hurt
        harsh = hard = harde = tough = scherp = scherpe = blunt = bot = botte = confronting = confronterend = negative = negatief = negatieve = unfair = oneerlijk = onterecht = unjustified
        sloppy = slordig = slordige = careless = onzorgvuldig = poor quality = slechte kwaliteit = not good enough = niet goed genoeg = below standard = ondermaats = messy = rommelig = bad work = slecht werk = mistakes in = fouten in
        behaviour = behavior = gedrag = conduct = houding = attitude = manier van doen = habit = habits = gewoonte = gewoontes = gewoonten
        interrupt = interrupts = interrupting = cutting off = cuts off = cut off = talks over = talking over = onderbreken = onderbreekt = in de rede vallen = door iemand heen praten = praat er doorheen
        lateness = punctuality = punctueel = stiptheid
        performance review = performance reviews = performance appraisal = appraisal = appraisals = evaluation = evaluations = yearly review = annual review = year-end review = year end review = year end evaluation = year-end evaluation = yearly evaluation = annual evaluation = beoordelingsgesprek = beoordelingsgesprekken = beoordeling = beoordelingen = functioneringsgesprek = functioneringsgesprekken = jaargesprek = jaargesprekken = eindejaarsgesprek = ontwikkelgesprek = ontwikkelgesprekken = planningsgesprek = pop-gesprek = performance conversation = review conversation = review = reviews = evaluatie = evaluatiegesprek = appraisal meeting = performance talk = assessment = assessments
        rate = rating = ratings = score = scores = scoren = beoordelen = beoordeel = beoordeelt = assess = assessing = judge = evaluate = evalueren = waarderen = waardering = cijfer = cijfers = grade = grading = score them = weigh = wegen
        fair = fairly = fairness = eerlijk = eerlijke = objectief = objective = objectively = consistent = consistently = consequent = gelijk = equal = same for everyone = voor iedereen hetzelfde = unbiased = onpartijdig = impartial = neutral = neutraal
        results = result = resultaten = resultaat = achievements = achievement = prestaties = prestatie = accomplishments = successen = wins = output = performance = functioneren = track record
        goals = goal = doelen = doel = doelstelling = doelstellingen = targets = target = objectives = objective = kpi = kpis = okr = okrs = afspraken = targets for next year
        career = careers = carrière = loopbaan = loopbaanontwikkeling = career path = career development = career move = next step = volgende stap = future = toekomst = ambition = ambitie = ambities = aspirations
        prepare = prepares = preparing = prepared = preparation = voorbereiden = bereid voor = bereiden = voorbereiding = voorbereid = ready = get ready = klaar = klaarmaken = plan ahead = beforehand = vooraf = van tevoren = think about beforehand = ahead of = in advance = prep
        """
}

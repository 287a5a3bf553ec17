extension BuiltInLexicon {
    /// Writing and communicating: e-mail, plain language, guides, tone.
    static let communication = """
        email = e-mail = emails = e-mails = mail = mails = mailtje = mailt = message = messages = bericht = berichten = berichtje = inbox = postvak = mailbericht = nieuwsbrief
        write = writes = writing = wrote = written = schrijven = schrijf = schrijft = schreef = geschreven = word = wording = formulate = formuleren = phrase = draft = drafting = opstellen = text = tekst = teksten = copy = copywriting
        clear = clearly = clarity = duidelijk = duidelijke = helder = heldere = helderheid = duidelijkheid = understandable = begrijpelijk = begrijpelijke = comprehensible = readable = leesbaar = leesbare = leesbaarheid = readability = crisp
        concise = bondig = zakelijk = rambling = ramble
        subject = onderwerpregel = onderwerp = heading = kop = koppen = headline = title = titel
        reply = replies = replying = answer = answers = beantwoorden = antwoord = antwoorden = respond = response = reageren = reactie = terugschrijven = terugmailen = ignored = genegeerd = unanswered = onbeantwoord
        b1 = b1-niveau = taalniveau = jargon-free = laaggeletterd = laaggeletterdheid = leesniveau = accessible = toegankelijk = toegankelijke = lezer = reader = readers = lezers
        jargon = vaktaal = ambtelijk = officialese = complicated = ingewikkeld = ingewikkelde = moeilijk = moeilijke = complex = complexe = formal = formeel = formele = stiff = stijve = stiffly = bureaucratic = bureaucratisch = wollig = wollige = abstract
        letter = letters = brief = correspondence = correspondentie = schriftelijk = written
        manual = manuals = handleiding = handleidingen = gebruikershandleiding = how-to = howto = werkinstructie = werkinstructies = stappenplan = step-by-step = procedurebeschrijving = procesbeschrijving = sop = runbook = playbook = gebruiksaanwijzing = spiekbrief
        documentation = documentatie = documenteren = document = kennisbank = wiki = naslag = naslagwerk = intranetpagina
        process = processes = proces = processen = workflow = werkwijze = werkproces = werkprocessen
        handover = overdracht = overdragen = overdraagbaar = backup = vervanging = vervanger = stand-in = cover = continuity = continuïteit
        tone = toon = tone-of-voice = schrijfstijl = style = stijl = register = voice = klank = sound = klinkt = klink = sounds = overkomen = klantvriendelijk = klantvriendelijke = kortaf = curt = snauwerig = afstandelijk = robotic = robotachtig = standaardzinnen = standaardantwoorden = emoji = emojis = smiley = smileys = uitroeptekens
        tutoyeren = vousvoyeren = aanspreekvorm = informal = informeel = informele = casual = aanhef = greeting = salutation = groet = afsluiter
        chat = chats = livechat = chatbericht = chatten = whatsapp = messaging = dm = ping = pingen = slack = teamsbericht
        communicate = communication = communicatie = communiceren = communiceer = informing = informeren = inform = notify = notification = notifications = melding = meldingen = notificatie = notificaties = alerts = pop-ups = pop-up = badge = badges
        translation = vertalen = vertaling = vertaal = interpreter = tolk
        """

    /// Customers: angry callers, written complaints, tone in customer contact.
    static let customers = """
        angry = angrier = anger = boos = boze = bozer = woedende = furious = fuming = livid = mad = upset = overstuur = geïrriteerd = geirriteerd = irritated = irritation = irritatie = annoyed = geërgerd = geergerd = ergernis = frustrated = frustration = gefrustreerd = frustratie = ontevreden = dissatisfied = unhappy = ongelukkig = emotional = emotioneel = emotionele = heated = verhit = agressief = aggressive = aggression = agressie = hostile = vijandig = rude = onbeschoft = grof = brutaal = unpleasant = onaangenaam = pissed = kwaad = kwade = pissig = witheet = laaiend = ziedend = furieus = tekeergaan = tekeer = ranting = rant = tirade = chagrijnig = grumpy = ontploft = ontplofte
        shout = shouts = shouting = shouted = yell = yells = yelling = yelled = scream = screaming = schreeuwt = schreeuwde = tieren = tiert = razen = uitvallen = verheffen = swear = swearing = swore = curse = cursing = schelden = scheldt = scheldpartij = uitschelden = scheldwoorden = threaten = threatening = dreigen = dreigt = bedreigen = abusive = uitgescholden
        phone = telephone = telefoon = telefonisch = telefoontje = call = calls = called = bellen = bel = belt = belde = gebeld = opbellen = hotline = klantenservice = callcenter = klantcontactcentrum
        complaint = complaints = klacht = klachten = complain = complaining = complained = klagen = klaagt = klaagde = beklag = grievance = klachtenmail = klachtmail = klachtbrief
        apologise = apologize = apology = apologies = sorry = excuses = excuus = admit = toegeven = erkennen = acknowledge = acknowledgement = erkenning
        compensation = compensate = compensatie = compenseren = refund = terugbetaling = vergoeding = goodwill = tegemoetkoming = credit = discount = korting = gesture = gebaar
        delivery = deliveries = levering = leveringen = bezorging = delivered = geleverd = packages = parcel = pakket = order = bestellingen = besteld = shipment = zending = verzending = delayed = vertraagd = vertraging = delay = delays
        invoice = invoices = factuur = facturen = bill = billing = rekening = facturatie = payment = payments = betaling = betalingen = charged = aangerekend
        klantcontact = klantgesprek = klantgesprekken = service = dienstverlening = hospitality = gastvrijheid = klantervaring = klantbeleving = klanttevredenheid
        personal = personally = persoonlijk = persoonlijke = warm = warmer = warmth = hartelijk = friendly = vriendelijk = vriendelijke = vriendelijker = human = menselijk = menselijke = menselijker = empathy = empathic = empathetic = empathie = empathisch = sympathetic = approachable = toegankelijk = benaderbaar = oprecht
        professional = professioneel = professionele = zakelijk = zakelijke = businesslike = corporate = formal = formeel
        """
}

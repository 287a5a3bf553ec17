extension BuiltInLexicon {
    /// Health and safety: ergonomics, lifting, first aid, emergencies.
    static let healthAndSafety = """
        ergonomics = ergonomic = ergonomically = ergonomie = ergonomisch = ergonomische = werkhouding = zithouding = werkplekinrichting = slouch = slouching = hunched = hunch = voorovergebogen = onderuitgezakt = ingezakt
        desk = desks = bureaus = werkplek = werkplekken = workstation = workstations = workspace = werkstation = bureauhoogte = tafel = keukentafel = thuiswerkplek = thuiskantoor
        chair = chairs = stoel = stoelen = bureaustoelen = werkstoel = seat = zitting = armrests = armleuningen = backrest = rugleuning
        monitor = monitors = screen = screens = beeldscherm = beeldschermen = scherm = schermen = display = laptopstandaard = laptophouder = schermhoogte = ooghoogte
        keyboard = toetsenbord = mouse = muis = wrist = pols = polsen = rsi = muisarm
        pain = pains = painful = pijn = pijnlijk = ache = aches = aching = hurt = sore = strain = discomfort = ongemak = spierpijn
        backache = rug = rugklachten = ruggenwervel = spine = wervelkolom = neck = nek = nekpijn = nekklachten = shoulder = shoulders = schouder = schouders = schouderpijn = headache = hoofdpijn = eyes = ogen = polspijn
        break = breaks = pauze = pauzes = pauzeren = rest = rust = rustmoment = micropauze = strekken = movement = bewegen = beweging = wandelen = opstaan
        lift = lifting = lifted = tillen = til = tilt = tilde = getild = optillen = heffen = hef = carry = carrying = dragen = draag = draagt = sjouwen = sjouwt = gesjouwd = haul = hauling = hoist = lug = lugging = verhuisdozen
        heavy = heavier = zwaar = zware = zwaarder = weight = weights = gewicht = gewichten = load = loads = kg = kilo = kilos = kilogram = limiet = tilnorm
        box = boxes = doos = dozen = crate = crates = krat = pallets = goods = goederen = stock = voorraad = magazijn = stockroom
        trolley = trolleys = karretje = steekwagen = palletwagen = pompwagen = forklift = heftruck = tilhulpmiddel = tilhulpmiddelen = hulpmiddel = hulpmiddelen
        bend = bending = knees = knee = knieën = knie = squat = hurken = twist = twisting = draaien = draaiende = rotate = romp = torso
        injury = injuries = injured = letsel = blessure = blessures = geblesseerd = gewond = verwonding = verrekt = hernia = sprain = verstuiking = accident = accidents = ongeluk = ongeval = ongevallen = bedrijfsongeval = arbeidsongeval = bijna-ongeval = ruïneren
        first-aid = ehbo = ehbo'er = bhv = bhv'er = bedrijfshulpverlening = bedrijfshulpverlener = cpr = reanimatie = reanimeren = resuscitation = aed = defibrillator = collapse = collapses = collapsed = faint = fainted = flauwvallen = unconscious = bewusteloos = hartaanval = 112 = 911 = ambulance = lijkbleek = bleeding = bloeding = bloedt = bloeden = seizure = epilepsie = brandwond = brandwonden = snijwond
        emergency = emergencies = noodgeval = noodgevallen = nood = noodsituatie = calamiteit = calamiteiten = crisis = fire = brand = brandalarm = evacuation = evacuate = evacueren = ontruiming = ontruimen = ontruimingsoefening = nooduitgang = verzamelplaats = alarm
        safety = safe = safely = veilig = veilige = veiligheid = veiligheidsregels = veiligheidsinstructies = risk = risks = risico = risico's = hazard = hazards = gevaar = gevaarlijk = dangerous = danger = ppe = pbm = helmet = helm = gloves = handschoenen = werkschoenen = veiligheidsschoenen
        health = healthy = gezond = gezonde = gezondheid = wellbeing = welzijn = vitality = vitaliteit = fit = fitness = energy = energie = sleep = slaap = tired = moe = vermoeid = vermoeidheid = exhausted = uitgeput = fatigue
        hoogtewerk = ladder = ladders = trapladder = keukentrap = stepladder = steiger = steigers = rolsteiger = scaffold = scaffolding = dakwerk = hoogwerker = valbeveiliging = harnas = vanglijn = lifeline = valgevaar = dakgoot = gutter = gutters
        """

    /// Workload, time management, focus, boundaries and mistakes.
    static let workload = """
        workload = werkdruk = werkbelasting = werklast = druk = busy = drukte = overloaded = overbelast = overbelasting = overbelaste = overwhelmed = overweldigd = verzuipen = verzuip = sinking = bedolven = opstapelen = bijbenen = achterstand = achterstanden = behind = backlog = pressure = overtime = overwerk = overuren = evenings = avonden = weekends = weekend
        stress = stressed = stressful = stressvol = gestrest = gestresst = spanning = burnout = burn-out = opgebrand = overspannen = overspannenheid = uitval = exhaustion = uitputting = mentaal = psychisch = werkstress = worried = zorgen = piekeren = pressure = sleepless = slapeloos = wellbeing = tandvlees = bolwerken = drained
        raise = aankaarten = bespreken = bespreek = bespreekt = besproken = bespreekbaar = discuss = discussing = discussed = mention = noemen = signal = signaleren = voorleggen = voorgelegd = escalate = escaleren
        timemanagement = time-management = tijdmanagement = tijdsmanagement = tijdbeheer = timeblocking = tijdsblokken = gtd = dagplanning = weekplanning
        planning = plannen = plan = plant = planner = planners = schedule = scheduling = inplannen = ingepland = calendar = kalender = agenda = agendabeheer
        priorities = priority = prioritise = prioritize = prioritising = prioritizing = prioritisation = prioritization = prioriteiten = prioriteren = prioriteer = urgent = urgente = dringend = dringende = eisenhower = eisenhowermatrix = hoofdzaken = bijzaken = juggling = jongleren
        to-dos = todos = takenlijst = takenlijstje = to-do-lijst = todolijst = tasklist = backlog = werkvoorraad
        deadline = deadlines = deadlijn = opleverdatum = einddatum = due = tijdig = procrastinate = procrastination = procrastineren = uitstellen = uitstelgedrag = postpone = uitstel
        focus = focused = focussen = focusen = gefocust = concentrate = concentrating = concentration = concentreren = concentreer = concentratie = geconcentreerd = attention = aandacht = aandachtig = flow = uninterrupted = ongestoord = focustijd = focusblok = stiltetijd
        distraction = distractions = distracted = distract = afleiding = afgeleid = afleiden = interruption = interruptions = interrupted = interrupt = onderbreking = onderbrekingen = onderbroken = storen = gestoord = stoort = verstoring = verstoringen = disturbed = disturbance = noisy = lawaai = herrie = geluid = rumoer = ping = pings = pinging = notifications = meldingen = notificaties = notification = pop-ups = multitasking = multitasken
        open-plan = kantoortuin = kantoortuinen = flexplek = flexplekken = stilteruimte = stilteplek = cockpit = oordopjes = earplugs
        no = nee = decline = declining = afslaan = afgeslagen = weigeren = weiger = weigert = refuse = refusing = pushback = grenzen = grens = boundaries = boundary = assertive = assertiveness = assertief = assertiviteit = pleaser = pleasen = pleasegedrag = ja-zegger = yes-man = ja-knikker = afwimpelen = dumpen
        request = requests = verzoek = verzoeken = favour = favor = gunst = erbij
        delegate = delegates = delegating = delegation = delegeren = delegeer = delegeert = gedelegeerd = delegatie = overdragen = uitbesteden = outsource = doorgeven = loslaten = beleggen = beleg = entrust = toevertrouwen = empower = mandaat = mandate = micromanagement = micromanagen = controlfreak
        mistake = mistakes = fout = fouten = foutje = error = errors = vergissing = vergissingen = vergist = vergis = blunder = blunders = slip = mess-up = verprutst = verknald = verkloot = goofed = misstep = misser = missers = faal = falen = failure = failed = gefaald = mislukt = mislukking = oeps = oops = gaffe = flater = blooper
        admit = admitting = toegeven = honest = honesty = eerlijkheid = verantwoordelijkheid = responsibility = accountability = accountable = confess = opbiechten
        trust = vertrouwen = credibility = geloofwaardigheid = reputation = reputatie = naam = imago = integrity = integriteit
        """
}

extension BuiltInLexicon {
    /// General workplace language in Dutch and English: words and short phrases that mean the same
    /// in any organisation, written from general knowledge of both languages by someone who saw no
    /// lesson and no question file.
    static let workplace = """
        manager = leidinggevende = baas = boss = supervisor = teamleider = team lead
        colleague = coworker = co-worker = collega = teamgenoot
        employee = werknemer = medewerker = staff member = personeelslid = worker
        staff = personeel = workforce = employees = medewerkers = personnel
        new hire = new employee = nieuwe medewerker = nieuwe collega = newcomer = nieuwkomer = new starter
        intern = stagiair = stagiaire = internship student = stagestudent
        internship = stage = work placement = placement = stageplek
        customer = client = klant = afnemer
        supplier = vendor = leverancier = toeleverancier
        patient = zorgvrager = care recipient
        student = leerling = pupil = scholier = learner
        parents = ouders = mum and dad = father and mother = parent
        visitor = bezoeker = guest = gast
        director = directeur = managing director = algemeen directeur
        management = directie = leiding = top management
        freelancer = zzp'er = zzper = zelfstandige = self-employed = independent contractor
        temp = uitzendkracht = temporary worker = temp worker = flexwerker = flexkracht
        substitute = vervanger = stand-in = invaller = invalkracht = replacement
        department = afdeling = unit = section
        company = bedrijf = firm = business = onderneming = firma
        hr = human resources = personeelszaken = p&o = hrm = hr department = hr-afdeling
        mentor = begeleider = werkbegeleider = praktijkbegeleider
        teacher = leraar = lerares = docent = onderwijzer = leerkracht
        trainer = instructor = instructeur = opleider = cursusleider
        applicant = sollicitant = candidate = kandidaat = job applicant
        cleaner = schoonmaker = schoonmaakster = cleaning staff
        security guard = beveiliger = bewaker = guard = security officer
        nurse = verpleegkundige = verpleger = verpleegster
        doctor = arts = dokter = physician
        gp = huisarts = general practitioner = family doctor
        company doctor = bedrijfsarts = occupational physician = occupational doctor
        occupational health service = arbodienst = arbo service
        works council = ondernemingsraad = employee council
        union = vakbond = trade union = labour union = labor union
        confidential adviser = confidential advisor = vertrouwenspersoon = confidential counsellor
        customer service = klantenservice = customer support = klantendienst = customer care
        helpdesk = help desk = service desk = servicedesk = it support = it helpdesk = ict helpdesk
        finance = financien = finance department = financiele administratie
        caregiver = zorgverlener = care worker = verzorgende = carer = zorgmedewerker
        informal caregiver = mantelzorger = family carer = informal carer
        contact person = contactpersoon = point of contact = aanspreekpunt = go-to person
        meeting = vergadering = overleg = bespreking
        team meeting = teamoverleg = teamvergadering = werkoverleg = staff meeting = department meeting = afdelingsoverleg
        one-on-one = one on one = one-to-one = 1-on-1 = 1:1 = een-op-een = een op een = bila = bilateraal overleg
        stand-up = standup = daily standup = stand-up meeting = dagstart = daily huddle = huddle
        performance review = appraisal = performance appraisal = beoordelingsgesprek = functioneringsgesprek = performance evaluation
        assessment = beoordeling = evaluation = evaluatie = toetsing
        job interview = interview = sollicitatiegesprek
        difficult conversation = moeilijk gesprek = lastig gesprek = tough conversation = hard conversation
        bad news conversation = slechtnieuwsgesprek = bad news meeting = bad-news conversation
        absence meeting = verzuimgesprek = absence conversation = sickness absence meeting
        minutes = notulen = meeting minutes = meeting notes = vergaderverslag
        action points = action items = actiepunten = follow-up items
        decision = besluit = beslissing
        proposal = voorstel = proposition
        suggestion = suggestie = tip
        advice = advies = raad
        presentation = presentatie
        online meeting = online vergadering = virtual meeting = video call = videocall = videogesprek = video meeting = teams call = zoom call
        phone call = call = telefoongesprek = telefoontje = belletje
        bellen = opbellen = telefoneren = ring = call up = give a call
        message = bericht = berichtje = chat message = chatbericht
        text message = sms = sms'je = sms-bericht = text
        email = e-mail = mail = mailtje = email message = e-mailbericht
        mailen = e-mailen = emailen = send an email = to email
        answer = antwoord = reply = response = reactie
        respond = reageren = antwoorden = write back = terugschrijven
        attachment = bijlage = attached file = file attachment
        written report = rapport = verslag = rapportage = verslagje
        report = melden = rapporteren = aangeven = doorgeven = report back
        incident report = incidentmelding = incident melding = incident notification
        document = doc = documentje
        folder = map = directory = submap
        form = formulier = aanvraagformulier
        manual = handleiding = gebruiksaanwijzing = user guide = user manual = handboek = handbook
        instructions = instructies = aanwijzingen = directions
        procedure = protocol = stappenplan
        policy = beleid
        guidelines = richtlijnen = guideline = richtlijn
        rules = regels = voorschriften = regulations = reglement
        gdpr = avg = privacy law = privacywet
        personal data = persoonsgegevens = personal information = personal details = personalia
        feedback = terugkoppeling
        give feedback = feedback geven = provide feedback = terugkoppelen
        praise = compliment = lof = pluim = complimentje = complimenten
        complimenteren = compliment geven = pay a compliment = prijzen = commend
        criticism = kritiek = critique
        criticise = criticize = bekritiseren = kritiek leveren = kritiek geven
        complaint = klacht = grievance
        complain = klagen = mopperen = zeuren = grumble = moan
        conflict = dispute = geschil = clash
        argue = ruzie maken = ruziemaken = bicker = kibbelen
        disagreement = meningsverschil = difference of opinion = onenigheid
        conversation = gesprek = dialogue = dialoog = conversatie
        small talk = smalltalk = praatje = babbeltje = chitchat = kletspraatje
        chat = kletsen = babbelen = keuvelen = natter
        talk = praten = spreken = speak
        discuss = bespreken = talk about = praten over = doorspreken = talk through = discussieren
        bring up = aankaarten = ter sprake brengen = bespreekbaar maken
        tell = vertellen = zeggen = say
        inform = informeren = inlichten = notify = let know = laten weten
        ask = vragen = inquire = enquire = navragen = informeren naar = check with
        ask for = vragen om = request = verzoeken = verzoeken om
        question = vraag = vraagje = query = inquiry = enquiry
        contact = contact opnemen = get in touch = reach out = in contact treden
        follow up = opvolgen = follow-up = chase = nabellen = achteraan zitten
        remind = herinneren aan = send a reminder = reminder sturen
        remember = onthouden = zich herinneren = keep in mind = bear in mind = niet vergeten
        invitation = uitnodiging = invite = meeting invite = calendar invite = vergaderverzoek = meeting request
        attend = bijwonen = aanwezig zijn = be present
        join = aansluiten = aanschuiven = inbellen = dial in
        absent = afwezig = away = not present = niet aanwezig
        in a meeting = in vergadering = in een vergadering = in overleg = in bespreking
        catch up = bijpraten = catch-up = even bijpraten
        introduce = voorstellen = introduceren = kennis laten maken
        call back = terugbellen = ring back = return the call
        out of office = out-of-office = ooo = afwezigheidsbericht = afwezigheidsmelding = autoreply = auto-reply = automatisch antwoord
        deadline = due date = uiterste datum = inleverdatum = time limit
        meet a deadline = deadline halen = make the deadline = hit the deadline
        miss a deadline = deadline missen = deadline niet halen = miss the deadline
        schedule = planning = schema = tijdschema = timetable
        roster = rota = rooster = dienstrooster = work schedule = werkrooster = shift schedule
        shift = dienst = werkdienst
        night shift = nachtdienst = night duty = nightshift
        on-call duty = bereikbaarheidsdienst = standby duty = consignatiedienst = piketdienst = on call
        swap shifts = trade shifts = diensten ruilen = dienst ruilen = shift swap
        cover = invallen = stand in = vervangen = waarnemen = fill in for
        handover = overdracht = hand-over = shift handover = dienstoverdracht
        priority = prioriteit = voorrang
        urgent = dringend = spoedeisend = pressing = met spoed = spoed
        workload = werklast = werkdruk = work pressure = amount of work = hoeveelheid werk
        busy = druk = druk bezig = hectic = hectisch
        swamped = snowed under = overloaded = overbelast = overvraagd = bedolven onder werk
        backlog = achterstand = werkachterstand = arrears of work
        overtime = overwerk = overuren = extra hours = extra uren
        work overtime = overwerken = work late = stay late = langer blijven = overuren maken
        working hours = werktijden = werkuren = work hours = arbeidstijden = werktijd
        part-time = parttime = part time = deeltijd = in deeltijd
        full-time = fulltime = full time = voltijd = voltijds
        remote work = remote working = thuiswerken = work from home = working from home = wfh = telewerken = homeworking
        hybrid working = hybride werken = hybrid work
        commute = commuting = woon-werkverkeer = travel to work = forenzen
        travel expenses = reiskosten = travel costs
        business trip = zakenreis = dienstreis = business travel = work trip = werkreis
        leave = verlof = time off
        day off = vrije dag = vrij = off day = dagje vrij
        holiday = vacation = vakantie = holidays = vakantieperiode
        vacation days = vakantiedagen = verlofdagen = leave days = holiday days = holiday entitlement
        public holiday = feestdag = bank holiday = national holiday = officiele feestdag = erkende feestdag
        take time off = vrij nemen = verlof opnemen = take leave = vakantie nemen
        request leave = verlof aanvragen = vrij vragen = ask for leave = request time off
        leave request = verlofaanvraag = verlofverzoek = time off request = holiday request = vakantieaanvraag
        sick leave = ziekteverlof = sickness leave = medical leave
        absenteeism = verzuim = ziekteverzuim = sickness absence = absence rate
        call in sick = report sick = ziek melden = ziekmelden = zich ziek melden = phone in sick
        doctor's note = doktersverklaring = medical certificate = sick note = medische verklaring
        cancel attendance = afmelden = zich afmelden = send apologies
        reintegration = re-integratie = reintegratie = return to work = werkhervatting
        maternity leave = zwangerschapsverlof = bevallingsverlof = pregnancy leave
        paternity leave = partner leave = vaderschapsverlof = partnerverlof = geboorteverlof = birth leave
        parental leave = ouderschapsverlof
        bereavement leave = rouwverlof = compassionate leave = funeral leave
        emergency leave = calamiteitenverlof = calamity leave
        late = te laat = running late = not on time = niet op tijd
        on time = op tijd = punctual = punctueel = stipt = tijdig = timely
        postpone = uitstellen = put off = defer = push back = opschuiven
        reschedule = verzetten = verplaatsen = herplannen = opnieuw plannen = move
        cancel = annuleren = afzeggen = call off = afblazen = schrappen
        inplannen = plan in = schedule in = book in = inroosteren = agenderen
        plan = plannen = plan out = map out = uitstippelen
        appointment = afspraak = booking
        meeting room = vergaderruimte = vergaderzaal = conference room = overlegruimte = vergaderkamer
        available = beschikbaar = ter beschikking
        unavailable = niet beschikbaar = onbeschikbaar = not available
        progress = voortgang = vooruitgang = vordering = vorderingen
        status update = progress update = stand van zaken = voortgangsupdate = statusupdate
        goal = doel = doelstelling = objective = aim = target = streefdoel
        asap = zsm = zo snel mogelijk = zo spoedig mogelijk = a.s.a.p.
        immediately = meteen = direct = onmiddellijk = right away = straight away = gelijk = nu meteen = right now
        soon = binnenkort = shortly = spoedig = before long = op korte termijn
        later = straks = later on = in a bit = zo meteen = zometeen = dadelijk
        daily = dagelijks = every day = elke dag = iedere dag
        weekly = wekelijks = every week = elke week = iedere week
        break = pauze = break time = rustpauze = rest break
        lunch break = lunchpauze = middagpauze = lunchtime = lunch hour
        clock in = inklokken = clock on = punch in = inchecken
        clock out = uitklokken = clock off = punch out = uitchecken
        timesheet = time sheet = urenregistratie = urenstaat = urenbriefje = time registration = tijdregistratie = hours registration
        training = scholing = opleiding = training programme = training program
        course = cursus = training course = leergang
        e-learning = elearning = online course = online cursus = online training = online module
        onboarding = induction = orientation = inwerken = inwerkperiode = inwerkprogramma = introductieprogramma
        coaching = begeleiding = coachen = guidance = mentoring
        skill = vaardigheid = competentie = competence = competency
        skills = vaardigheden = competenties = competences = competencies = skill set = capabilities
        soft skills = sociale vaardigheden = social skills = interpersonal skills = people skills = zachte vaardigheden
        work experience = werkervaring = job experience = professional experience
        practise = practice = oefenen = trainen
        practice conversation = oefengesprek = practice talk = mock conversation
        learn = leren = aanleren = oppikken = zich eigen maken
        teach = lesgeven = les geven = onderwijzen = bijbrengen = instruct = instrueren = opleiden = train
        explain = uitleggen = uitleg geven = toelichten = verklaren
        clarify = verduidelijken = duidelijk maken = make clear = ophelderen = clear up
        understand = begrijpen = snappen = get it = comprehend
        don't understand = snap het niet = begrijp het niet = don't get it = niet begrijpen
        parent-teacher meeting = oudergesprek = ouderavond = parents evening = parent-teacher conference = tienminutengesprek
        personal development = persoonlijke ontwikkeling = self-development = zelfontwikkeling = personal growth = persoonlijke groei
        development plan = ontwikkelplan = personal development plan = persoonlijk ontwikkelingsplan = pdp
        improvement plan = verbeterplan = performance improvement plan = pip = verbetertraject
        promotion = promotie = bevordering = advancement
        get promoted = promotie maken = bevorderd worden = be promoted = doorgroeien = move up
        area for improvement = verbeterpunt = ontwikkelpunt = point of improvement = aandachtspunt = development area
        strength = sterk punt = sterke kant = strong point
        weakness = zwak punt = zwakke kant = weak point = zwakte
        improve = verbeteren = beter maken = enhance
        motivation = motivatie = drive = gedrevenheid
        stress = spanning = tension = pressure
        stressed = gestrest = gestresst = stressed out = under pressure = onder druk = gespannen = tense = uptight
        overworked = overwerkt = overspannen = overstrained = overstressed
        burn-out = burnout = burn out = burnt out = burned out = opgebrand = uitgeblust
        tired = moe = vermoeid = weary = fatigued
        exhausted = uitgeput = doodmoe = drained = worn out = gesloopt = knackered = wiped out
        nervous = zenuwachtig = nerveus = jittery = on edge = edgy
        worried = anxious = bezorgd = ongerust = concerned
        worry = piekeren = zich zorgen maken = tobben = fret
        afraid = bang = scared = frightened = fearful = angstig
        confused = verward = in de war = puzzled = baffled
        unclear = onduidelijk = vague = vaag = not clear = niet duidelijk
        overwhelmed = overweldigd = overspoeld
        sad = verdrietig = droevig = bedroefd = triest = unhappy
        depressed = depressief = neerslachtig = somber = gloomy
        grief = rouw = verdriet = sorrow = mourning
        happy = blij = gelukkig = glad = vrolijk = cheerful
        satisfied = tevreden = content = pleased = voldaan
        dissatisfied = ontevreden = discontent = not satisfied = niet tevreden = displeased
        angry = furious = upset = boos = kwaad = woedend = geirriteerd = irritated = annoyed = geergerd
        grumpy = chagrijnig = sacherijnig = moody = humeurig = cranky = knorrig
        frustrated = gefrustreerd
        fed up = het zat zijn = er klaar mee = sick of it = tired of it = er genoeg van
        disappointed = teleurgesteld = let down = bummed out
        motivated = gemotiveerd = driven = gedreven
        demotivated = unmotivated = gedemotiveerd = ongemotiveerd = geen zin
        enthusiastic = enthousiast = keen = eager = gretig = excited
        bored = verveeld
        lonely = eenzaam
        unsure = onzeker = uncertain = not sure = niet zeker = in doubt
        insecure = weinig zelfvertrouwen = unconfident = lacking confidence
        self-confidence = zelfvertrouwen
        calm = rustig = kalm = composed = collected = bedaard
        calm down = kalmeren = bedaren = rustig worden = simmer down = settle down
        relax = ontspannen = unwind = chill = chillen = tot rust komen = relaxen
        hurt feelings = gekwetst = gekrenkt = feelings hurt
        embarrassed = gegeneerd = beschaamd = ashamed
        concentration = concentratie = focus
        distracted = afgeleid = unfocused = ongeconcentreerd = scattered
        wellbeing = well-being = welzijn = welbevinden
        mental health = mentale gezondheid = psychische gezondheid = geestelijke gezondheid = psychological health = mental wellbeing
        work-life balance = work life balance = werk-privebalans = werk-prive balans = balans werk-prive
        daycare = day care = kinderopvang = childcare = kinderdagverblijf = creche = kdv
        pregnant = zwanger = expecting = in verwachting
        password = wachtwoord = passphrase = wachtzin
        log in = login = log-in = inloggen = aanmelden = sign in = sign-in = log on = logon
        log out = logout = log-out = uitloggen = sign out = sign-out = log off
        credentials = inloggegevens = login details = login credentials = aanmeldgegevens
        username = user name = gebruikersnaam = user id = login name = inlognaam
        account = user account = gebruikersaccount
        2fa = mfa = two-factor authentication = tweestapsverificatie = tweefactorauthenticatie = multi-factor authentication = two-step verification
        password reset = reset password = wachtwoord resetten = wachtwoord herstellen = nieuw wachtwoord
        forgot password = wachtwoord vergeten = forgotten password = lost password
        locked out = account locked = locked account = account geblokkeerd = account vergrendeld = buitengesloten = can't log in = kan niet inloggen
        laptop = notebook = draagbare computer = portable computer
        phone = telefoon = mobile = mobiel = mobieltje = smartphone = cell phone = cellphone = gsm = mobile phone
        screen = scherm = monitor = display = beeldscherm
        mute = muten = dempen = geluid uit = microfoon uit
        wifi = wi-fi = wireless network = draadloos netwerk = wlan = wireless internet
        connection = verbinding = internetverbinding = internet connection = network connection = netwerkverbinding
        phishing = phishing attack = phishingaanval = phishing scam
        phishing email = phishing mail = phishingmail = nepmail = fake email = scam email = fraudulent email = oplichtingsmail
        spam = junk mail = junkmail = ongewenste mail = spammail
        scam = oplichting = oplichterij = swindle
        virus = computervirus = malware = malicious software = schadelijke software = kwaadaardige software
        hacked = gehackt = compromised = gecompromitteerd
        data breach = datalek = data leak = gegevenslek = privacy breach = privacy incident
        cyber security = cybersecurity = cyberbeveiliging = informatiebeveiliging = it security = information security = it-beveiliging = digitale veiligheid
        suspicious = verdacht = fishy = dodgy = shady = louche
        backup = back-up = reservekopie = backup copy = veiligheidskopie
        back up = back-uppen = backuppen = make a backup = back-up maken
        update = updaten = bijwerken = software update = software-update
        restart = reboot = herstarten = rebooten = opnieuw opstarten
        lock screen = screen lock = scherm vergrendelen = schermvergrendeling = lock your screen = lock computer
        freeze = vastlopen = hang = hangen = bevriezen = not responding = reageert niet
        crash = crashen = go down = platgaan = uitvallen
        outage = storing = uitval = downtime = disruption = verstoring = service outage
        mistake = error = fout = foutje = vergissing = misser
        error message = foutmelding = foutbericht = error notification
        bug = software bug = softwarefout = glitch = programmeerfout
        broken = kapot = stuk = defect = out of order = buiten gebruik = not working = werkt niet = faulty = doesn't work
        slow = traag = langzaam = sloom = sluggish = laggy
        ticket = support ticket = supportticket = service request = support request = helpdeskmelding
        report a problem = probleem melden = report an issue = storing melden = report a fault
        printer = mfp = multifunctional printer = multifunctionele printer
        print = printen = afdrukken = uitprinten = print out
        paper jam = papierstoring = vastgelopen papier = paper stuck
        app = applicatie = programma = program
        set up = instellen = inrichten = configure = configureren
        save = opslaan = bewaren = save file
        delete = verwijderen = wissen = remove = weghalen = erase = deleten
        forward = doorsturen = forwarden = send on = fwd
        shared drive = gedeelde schijf = network drive = netwerkschijf = shared folder = gedeelde map
        cloud storage = cloudopslag = online storage = online opslag = the cloud = de cloud
        usb stick = usb-stick = usb drive = flash drive = memory stick = thumb drive = geheugenstick
        screenshot = schermafbeelding = printscreen = print screen = schermafdruk = screen capture = screen grab
        screen share = share screen = scherm delen = screen sharing = schermdeling = beeldscherm delen
        access rights = toegangsrechten = user rights = gebruikersrechten = rechten = permissions = bevoegdheden
        badge = pasje = pas = toegangspas = access card = keycard = key card = personeelspas = staff badge = id badge
        injury = letsel = blessure = verwonding = lichamelijk letsel
        accident = ongeluk = ongeval = mishap
        workplace accident = arbeidsongeval = bedrijfsongeval = work accident = industrial accident = occupational accident = accident at work
        near miss = near-miss = bijna-ongeval = bijna ongeval = close call = near accident
        first aid = ehbo = eerste hulp = first-aid
        first aider = first-aider = ehbo'er = eerstehulpverlener
        bhv'er = bedrijfshulpverlener = emergency response officer = emergency responder = bhv
        first aid kit = first-aid kit = verbandtrommel = ehbo-doos = ehbo doos = ehbo-kit = ehbo kit = medical kit
        emergency = noodgeval = noodsituatie = calamiteit = emergency situation
        emergency number = alarmnummer = noodnummer = 112 = emergency line
        fire extinguisher = brandblusser = blusser = extinguisher = blusapparaat
        emergency exit = nooduitgang = fire exit = emergency door = nooddeur
        evacuation = ontruiming = evacuatie
        evacuation drill = ontruimingsoefening = fire drill = brandoefening = evacuatieoefening = emergency drill
        assembly point = verzamelplaats = verzamelpunt = muster point = assembly area
        protective equipment = beschermingsmiddelen = pbm = ppe = persoonlijke beschermingsmiddelen = protective gear = safety equipment = veiligheidsmiddelen = personal protective equipment
        safety shoes = veiligheidsschoenen = safety boots = steel-toe boots = werkschoenen
        helmet = helm = veiligheidshelm = hard hat = bouwhelm = safety helmet
        gloves = handschoenen = werkhandschoenen = work gloves = safety gloves = veiligheidshandschoenen
        safety glasses = veiligheidsbril = safety goggles = goggles = beschermbril = eye protection = oogbescherming
        hearing protection = gehoorbescherming = ear protection
        earplugs = ear plugs = oordoppen = oordopjes
        high-visibility vest = hi-vis vest = hi-vis = high-vis vest = hesje = veiligheidshesje = reflective vest = reflecterend hesje = fluohesje
        tillen = optillen = heffen = lift up = lifting
        lifting technique = tiltechniek = lifting method = correct lifting
        heavy lifting = zwaar tillen = zware lasten = heavy loads
        noise = lawaai = herrie = kabaal = din = racket
        noise nuisance = geluidsoverlast = noise disturbance
        hearing damage = gehoorschade = hearing loss = gehoorverlies
        back pain = backache = back ache = rugpijn = rugklachten = back problems = sore back = last van rug
        neck pain = nekpijn = nekklachten = stiff neck = stijve nek = neck ache
        shoulder pain = schouderpijn = schouderklachten = sore shoulder
        rsi = repetitive strain = repetitive strain injury = muisarm = mouse arm
        headache = hoofdpijn = koppijn
        pain = pijn = ache = hurt = soreness
        slip = uitglijden = slip over
        fall = vallen = fall down = take a fall = tumble
        trip = struikelen = stumble = trip over
        hazardous substances = gevaarlijke stoffen = hazardous materials = hazmat = dangerous substances
        safety instructions = veiligheidsinstructies = veiligheidsvoorschriften = safety rules = safety regulations = veiligheidsregels
        toolbox meeting = toolbox talk = toolboxmeeting = safety talk = veiligheidsoverleg
        risk assessment = risico-inventarisatie = ri&e = rie = risk inventory = risicobeoordeling = risicoanalyse = risk analysis
        safety officer = veiligheidsfunctionaris = preventiemedewerker = prevention officer
        health and safety = arbo = ohs = h&s = occupational safety = arbeidsveiligheid
        working conditions = arbeidsomstandigheden = work conditions
        dangerous = gevaarlijk = hazardous = unsafe = onveilig = risky = riskant = risicovol
        prevent = voorkomen = tegengaan = avert
        sick = ill = ziek = unwell = not well = niet lekker = under the weather = ziekjes
        illness = ziekte = sickness = disease = aandoening = ailment
        flu = griep = influenza = the flu = griepje
        fever = koorts = high temperature
        nauseous = misselijk = queasy = sick to stomach
        dizzy = duizelig = lightheaded = light-headed = licht in hoofd
        insomnia = slapeloosheid = sleeplessness = slaapproblemen = sleep problems = can't sleep
        recover = herstellen = get better = beter worden = opknappen = recuperate
        doctor's appointment = doktersafspraak = huisartsafspraak = medical appointment
        disinfect = desinfecteren = ontsmetten = sanitise = sanitize
        hand gel = handgel = hand sanitizer = hand sanitiser = desinfectiegel = alcoholgel
        invoice = factuur = bill = nota
        expenses = onkosten = business expenses = zakelijke kosten = expense
        expense claim = declaratie = expense report = onkostendeclaratie = onkostennota
        claim expenses = declareren = claim back = submit expenses = onkosten declareren
        reimbursement = vergoeding = terugbetaling = repayment
        refund = restitutie = teruggave = money back = geld terug
        salary = salaris = loon = wage = wages = bezoldiging = remuneration
        payslip = pay slip = loonstrook = salarisstrook = loonstrookje = salary slip = pay stub = salarisspecificatie
        pay rise = pay raise = raise = loonsverhoging = salarisverhoging = opslag = salary increase
        holiday pay = vakantiegeld = vakantietoeslag = holiday allowance = vacation pay = holiday bonus
        gross salary = brutoloon = brutosalaris = bruto salaris = gross pay = gross wage = bruto
        net salary = nettoloon = nettosalaris = netto salaris = net pay = take-home pay = net wage = netto
        budget = begroting
        receipt = bon = bonnetje = kassabon = kwitantie = betaalbewijs = proof of purchase = aankoopbewijs = sales slip
        employment contract = arbeidscontract = arbeidsovereenkomst = employment agreement = work contract = contract of employment
        permanent contract = vast contract = vaste aanstelling = permanent position = permanent employment = onbepaalde tijd = vaste baan
        fixed-term contract = tijdelijk contract = temporary contract = bepaalde tijd = fixed term
        probation = proeftijd = probationary period = trial period = probation period = proefperiode
        notice period = opzegtermijn = notice = opzegperiode
        terms of employment = arbeidsvoorwaarden = employment conditions = employment terms
        benefits = secundaire arbeidsvoorwaarden = fringe benefits = perks = employee benefits
        collective agreement = cao = collectieve arbeidsovereenkomst = collective labour agreement = cla
        agreement = overeenkomst = akkoord = deal
        payroll = salarisadministratie = loonadministratie = salarisverwerking = payroll department
        pension = pensioen = retirement pay
        retire = met pensioen = met pensioen gaan = stoppen met werken
        financial problems = financiele problemen = money problems = geldproblemen = geldzorgen = money worries = financial trouble
        cutbacks = bezuinigingen = cuts = budget cuts = cost cuts = cost-cutting
        reorganisation = reorganization = reorganisatie = restructuring = herstructurering = reorg
        redundancy = lay-off = layoff = gedwongen ontslag = boventalligheid
        office = kantoor = kantoorpand = office building
        desk = bureau = werkplek = workstation = work desk = werktafel
        flex desk = flexplek = hot desk = hotdesk = flexwerkplek = flexible workspace
        office chair = chair = stoel = bureaustoel = desk chair = werkstoel
        open-plan office = open office = open plan = kantoortuin = open kantoor
        workplace = work environment = werkomgeving = arbeidsomgeving
        reception = receptie = front desk = reception desk = balie
        parking space = parkeerplaats = parking spot = parkeervak = parking bay = parkeerplek
        parking permit = parkeervergunning = parking pass = parkeerkaart = parking card
        bike shed = fietsenstalling = bike rack = bicycle parking = fietsenrek = bike storage
        company car = bedrijfsauto = leaseauto = lease car = dienstauto = zakenauto
        public transport = openbaar vervoer = ov = public transportation = transit
        traffic jam = verkeersopstopping = opstopping = in de file = stuck in traffic = congestion
        canteen = kantine = cafeteria = staff restaurant = bedrijfsrestaurant = lunchroom = lunchruimte
        coffee machine = koffieautomaat = koffiemachine = coffee maker = koffiezetapparaat
        locker = kluisje = personeelskluisje = storage locker = kastje
        toilet = wc = restroom = bathroom = washroom = lavatory = loo = plee
        heating = verwarming = central heating = centrale verwarming
        air conditioning = airco = ac = a/c = airconditioning = air con = aircon
        facility management = facilitaire dienst = facilities = facilities department = facilitair bedrijf = fm
        maintenance = onderhoud = upkeep = servicing
        start = begin = beginnen = starten = get started = kick off = aan de slag
        stop = stoppen = ophouden = cease = halt = kappen
        continue = doorgaan = verdergaan = carry on = keep going = go on = voortzetten = proceed
        finish = afronden = afmaken = complete = voltooien = wrap up = finaliseren
        done = klaar = finished = completed = voltooid = afgerond
        prepare = voorbereiden = get ready = prep = klaarmaken = gereedmaken
        organise = organize = organiseren = arrange = regelen
        check = controleren = checken = nakijken = nagaan = verify = verifieren = natrekken
        double-check = double check = dubbelchecken = dubbel checken = recheck
        review = doornemen = go over = go through = look over = nalopen = doorlopen
        evaluate = evalueren = beoordelen = assess = judge
        investigate = onderzoeken = look into = examine
        find out = figure out = work out = achterhalen = erachter komen = uitvogelen = uitzoeken
        search = zoeken = look for = search for = hunt for
        lost = kwijt = verloren = missing = mislaid = kwijtgeraakt
        solve = oplossen = resolve = fix = sort out = verhelpen
        repair = repareren = mend = patch up
        solution = oplossing = remedy
        problem = probleem = issue = trouble = moeilijkheid = difficulty
        handle = deal with = cope with = omgaan met
        tackle = aanpakken = take on
        cope = het aankunnen = het redden = bolwerken = get by
        keep up = bijbenen = keep pace = keep up with
        write down = opschrijven = noteren = note down = jot down = aantekenen
        fill in = invullen = fill out
        submit = indienen = inleveren = hand in = turn in = insturen = send in = aanleveren
        apply for = aanvragen = put in for
        solliciteren = apply = applying
        vacancy = vacature = job opening = open position = openstaande functie
        job = baan = position = functie = role = rol
        job description = functieomschrijving = functiebeschrijving = role description
        cv = resume = curriculum vitae
        cover letter = motivatiebrief = sollicitatiebrief = motivation letter = application letter
        application = sollicitatie = job application
        task = taak = to-do = todo = klus
        to-do list = todo list = takenlijst = task list = to-dolijst
        responsibility = verantwoordelijkheid
        manage = leidinggeven = leiding geven = aansturen = lead = supervise
        delegate = delegeren = taken overdragen = hand off
        assign = toewijzen = allocate = toekennen = toebedelen
        prioritise = prioritize = prioriteren = prioriteiten stellen = voorrang geven = rank by importance
        reject = afwijzen = turn down = decline = afslaan = weigeren = refuse = verwerpen
        rejection = afwijzing = refusal = weigering
        accept = accepteren = aanvaarden = say yes = ja zeggen
        agree = het eens zijn = eens zijn = akkoord gaan = instemmen = concur
        disagree = het oneens zijn = oneens zijn = niet eens zijn = differ
        approve = goedkeuren = akkoord geven = fiatteren = sign off = aftekenen = green-light
        approval = goedkeuring = fiat = go-ahead = green light
        permission = toestemming = consent
        allow = toestaan = permit = let = goedvinden
        forbidden = verboden = prohibited = not allowed = niet toegestaan = banned
        mandatory = verplicht = compulsory = obligatory = required = vereist
        optional = optioneel = facultatief = niet verplicht = not required = voluntary = vrijwillig
        decide = beslissen = besluiten = make a decision = een beslissing nemen = determine
        change = veranderen = wijzigen = modify = alter = amend
        adjust = aanpassen = adapt = tweak = bijstellen
        hire = aannemen = in dienst nemen = employ = appoint = aanstellen
        recruitment = werving = werving en selectie = hiring
        fire = ontslaan = dismiss = sack = let go = terminate = op straat zetten
        quit = resign = ontslag nemen = opzeggen = hand in notice = give notice = baan opzeggen
        resignation = ontslagname = vrijwillig ontslag = opzegging
        help = hulp = assistance = bijstand
        helpen = assist = give a hand = bijspringen = help out = een handje helpen
        support = ondersteuning = steun = backing
        carry out = uitvoeren = perform = execute = verrichten
        implement = implementeren = invoeren = roll out = uitrollen
        test = testen = try out = uitproberen = test out
        achieve = bereiken = behalen = realiseren = accomplish = attain
        succeed = slagen = lukken = pull off = manage to
        fail = falen = mislukken = niet lukken
        correct = juist = right = klopt = accurate = kloppend
        wrong = verkeerd = incorrect = onjuist = klopt niet = not right = mistaken
        feasible = haalbaar = doable = realistisch = realistic = achievable = workable
        impossible = onmogelijk = not possible = niet mogelijk = undoable
        easy = makkelijk = gemakkelijk = simple = simpel = eenvoudig = straightforward
        difficult = moeilijk = hard = lastig = tough = pittig = challenging
        escalate = escaleren = opschalen
        convince = overtuigen = persuade = ompraten = overhalen
        motivate = motiveren = inspire = inspireren = enthuse = enthousiasmeren
        encourage = aanmoedigen = stimuleren = spur on = cheer on
        recommend = aanbevelen = aanraden = advise = adviseren
        propose = suggest = opperen = suggereren = put forward = een voorstel doen
        warn = waarschuwen = alert = tip off
        warning = waarschuwing = caution
        reprimand = berisping = formal warning = written warning = schriftelijke waarschuwing = officiele waarschuwing
        promise = beloven = toezeggen = pledge = commit to
        thank = bedanken = danken = say thanks = express gratitude
        apologise = apologize = excuses aanbieden = sorry zeggen = zich verontschuldigen
        collaboration = cooperation = co-operation = samenwerking = teamwork = teamwerk
        collaborate = samenwerken = work together = cooperate = team up
        work culture = werkcultuur = bedrijfscultuur = company culture = organisational culture = corporate culture = organisatiecultuur
        atmosphere = sfeer = werksfeer = work atmosphere = vibe
        appreciation = waardering
        recognition = erkenning = acknowledgement = acknowledgment
        trust = vertrouwen
        friendly = vriendelijk = aardig = nice
        polite = beleefd = courteous = hoffelijk
        rude = onbeleefd = impolite = brutaal = grof = ill-mannered = ongemanierd = disrespectful = respectloos
        aggressive = agressief = hostile = vijandig
        aggression = agressie = hostility
        violence = geweld = physical violence = fysiek geweld
        threaten = bedreigen = dreigen
        bullying = pesten = pestgedrag = treiteren = mobbing
        harassment = intimidatie = lastigvallen = ongewenst gedrag = unwanted behaviour = unwanted behavior
        sexual harassment = seksuele intimidatie
        inappropriate behaviour = inappropriate behavior = grensoverschrijdend gedrag = misconduct = wangedrag = ongepast gedrag
        discrimination = discriminatie = unequal treatment = ongelijke behandeling
        gossip = roddelen = roddels = gossiping = achterklap = geroddel
        reliable = betrouwbaar = dependable = trustworthy
        independent = zelfstandig = self-reliant = autonomous = autonoom
        proactive = proactief = initiatiefrijk = self-starting
        experienced = ervaren = seasoned
        inexperienced = onervaren = lacking experience = weinig ervaring
        capable = bekwaam = competent = skilled = vaardig = kundig = able
        suitable = geschikt = suited = appropriate = passend
        opinion = mening = view = standpunt = point of view = opvatting
        summary = samenvatting = recap = synopsis
        summarise = summarize = samenvatten = sum up
        borrel = drinks = after-work drinks = vrijdagmiddagborrel = vrimibo = happy hour
        party = feest = feestje = celebration = viering
        team outing = teamuitje = uitje = team building = teambuilding = personeelsuitje = company outing = staff outing = team day = teamdag
        birthday = verjaardag = bday = b-day
        gift = cadeau = cadeautje = kado = kadootje = presentje
        farewell = afscheid = send-off = leaving do = afscheidsfeest = leaving party = farewell party = afscheidsborrel
        congratulations = congrats = gefeliciteerd = felicitaties = proficiat
        okay = ok = oke = prima = alright = all right = fine = in orde = is goed
        yes = ja = yep = yeah = jep = jazeker = ja hoor = sure = sure thing
        no = nee = nope = neen = nah
        maybe = misschien = perhaps = possibly = wellicht = eventueel
        thanks = thank you = bedankt = dank je = dankjewel = dank u = dank u wel = merci = cheers = thx
        you're welcome = graag gedaan = no problem = geen probleem = np = my pleasure = geen dank = no worries = niks te danken
        sorry = excuus = excuses = apologies = my apologies = mijn excuses
        please = alsjeblieft = alstublieft = aub = a.u.b. = ajb
        hello = hallo = hoi = hi = hey = hai
        goodbye = bye = doei = doeg = tot ziens = see you = tot later
        of course = natuurlijk = uiteraard = tuurlijk = naturally = vanzelfsprekend
        i don't know = idk = weet ik niet = geen idee = no idea = dunno = geen flauw idee
        a lot = veel = lots = many = much = plenty = loads = heel veel = een hoop = tons
        a little = a bit = een beetje = beetje = slightly = enigszins = somewhat = een tikje
        everyone = everybody = iedereen = allemaal = all of you = jullie allemaal
        because = omdat = aangezien = doordat = since
        therefore = dus = daarom = so = thus = hence = vandaar
        regarding = concerning = betreffende = inzake = about = with regard to = wat betreft = aangaande = mbt
        for example = for instance = bijvoorbeeld = bijv = e.g.
        approximately = ongeveer = roughly = around = circa = approx = ca. = zo'n
        """
}

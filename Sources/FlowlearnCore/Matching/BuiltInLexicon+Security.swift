extension BuiltInLexicon {
    /// Information security and privacy: phishing, passwords, data breaches, clean desk.
    static let security = """
        phishing = phish = phishingmail = phishingmails = phishingbericht = phishingaanval = smishing = vishing = whaling = scam = scams = oplichting = oplichtingsmail = oplichter = oplichters = scammer = scammers = fraud = fraude = fraudulent = frauduleus = nepmail = nepmails = nep-mail = spam = spammail = ceo-fraude = spoofing = gespoofd = spoofed
        recognise = recognize = recognising = recognizing = recognition = herkennen = herken = herkent = herkenning = spot = spotting = identify = identificeren = detect = detecteren = ontdekken = verify = verifiëren = verifieer = verification = verificatie
        genuine = legitimate = real = echt = echte = betrouwbare = trustworthy = trusted = authentic = authentiek = valid = geldig = safe = veilig = bonafide = official = officieel = officiële
        suspicious = suspect = verdacht = verdachte = dubious = dubieus = dubieuze = shady = fishy = weirdly = strange = odd = vreemd = vreemde = onbetrouwbaar = onbetrouwbare = untrustworthy = unexpected = onverwacht = onverwachte
        sender = afzender = afzenderadres = domain = domein = domeinnaam = e-mailadres = mailadres = taalfouten = spelfouten = urgency = urgent = urgentie = haast = tijdsdruk = threat = threats = dreiging = dreigend
        link = links = url = urls = hyperlink = hyperlinks = website = webpagina = site = webpage = page = pagina = inlogpagina = qr-code
        attachment = attachments = bijlage = bijlagen = bijlages = attached = bijgevoegd = file = bestand = bestanden = zip = pdf = macro = macros
        click = clicks = clicked = clicking = klikken = klik = klikt = klikte = geklikt = aangeklikt = aanklikken = geopend = opende = downloaded = downloaden = gedownload = tapped = tap = ingetrapt
        credentials = login = logins = inloggegevens = inlog = inloggen = inlogcodes = inlognaam = username = gebruikersnaam = accountgegevens = ingevuld = entered = typed = ingetypt = ingetikt
        password = passwords = wachtwoord = passphrase = passphrases = wachtzin = wachtzinnen = pin = pincode = toegangscode = passcode
        wachtwoordmanager = wachtwoordmanagers = wachtwoordkluis = wachtwoordbeheerder = keychain = sleutelhanger = bitwarden = 1password = lastpass = keepass = onthouden
        strong = strength = sterk = sterke = sterker = length = lengte = complex = complexity = complexiteit = characters = karakters = guessable = raden = unguessable
        notitieboek = notitieboekje = post-it = post-its = briefje = briefjes = opgeschreven
        two-factor = mfa = multi-factor = multifactor = tweestapsverificatie = twee-factor = tweefactorauthenticatie = authenticator = authenticatie = authentication = verificatiecode
        report = reports = reporting = reported = melden = meld = meldt = meldde = gemeld = melding = meldingen = rapporteren = rapporteer = aangifte = meldknop = meldpunt = incidentmelding
        it = ict = ict-afdeling = it-afdeling = helpdesk = servicedesk = securityteam = beveiligingsteam = soc = cert = csirt = ciso = fg = dpo = privacyfunctionaris
        resetten = buitengesloten
        hacked = hack = hacker = hackers = breach = breached = compromised = gecompromitteerd = malware = virus = virussen = ransomware = trojan = infected = besmet = geïnfecteerd = cyberattack = cyberaanval = cyber = cybercrime = cybercriminelen = cybercriminals = attack = aanval = attacker = aanvaller
        datalek = datalekken = lek = lekken = leak = leaked = gelekt = uitgelekt = privacy-incident = privacyschending = beveiligingsincident = incident = incidents = incidenten = inbreuk = privacyblunder = privacyfout
        persoonsgegevens = privacy-sensitive = klantgegevens = klantdata = cliëntgegevens = bsn = burgerservicenummer
        privacy = gdpr = avg = gegevensbescherming = databescherming = privacywet = privacywetgeving = ap = toezichthouder = regulator
        misdirected = bcc
        lost = lose = losing = kwijt = kwijtgeraakt = verloren = verliezen = verlies = misplaced = zoekgeraakt = stolen = gestolen = diefstal = theft = stole = missing = vermist
        usb = usb-stick = usbstick = geheugenstick = dvd = cd
        clean-desk = clean-deskbeleid = rondslingeren = slingeren = printouts = printjes
        lock = locks = locked = locking = vergrendelen = vergrendel = vergrendeld = vergrendeling = schermvergrendeling = windows+l = afsluiten = locker = kluisje = lockable = afsluitbaar = windows-l
        wegloop = weglopen = afwezig = koffie = coffee = toilet = wc = bathroom = pauze
        delete = deletes = deleted = deleting = deletion = erased = erasing = erasure = remove = removed = removal = wipe = wiped = verwijderen = verwijder = verwijdert = verwijderd = verwijdering = wissen = wis = wist = gewist = weghalen = weggehaald = vernietigen = destroy
        confidential = confidentiality = vertrouwelijk = vertrouwelijke = vertrouwelijkheid = classified = geheim = geheime = secret = sensitive = gevoelig = gevoelige = private = privé = interne
        bus = ov = cafe = café = airport = vliegveld = station = meekijkers = privacyfilter = onderweg = flexplek
        security = beveiliging = informatiebeveiliging = infosec = cybersecurity = cyberveiligheid = safe = safety = veiligheid = veilig = secure
        inzageverzoek = inzageverzoeken = inzagerecht = dsar
        bewaartermijn = bewaartermijnen
        """
}

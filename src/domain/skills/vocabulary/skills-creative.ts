// Skills: art, design, media, music, crafts and handicraft.
export default `
== Taide ja muotoilu
piirtäminen; piirustus; piirustukset; piirrokset; piirros; luonnostelu; luonnokset; piirtää | teckning; teckna | drawing; sketching
maalaaminen; taidemaalaus; maalaaminen taiteessa; taulujen maalaus; maalata tauluja; akvarelli; öljyvärit; akryylivärit; maalaus taiteena | konstmålning; måla tavlor | painting; painting pictures; fine art painting
graafinen suunnittelu; graafisen suunnittelun; logojen suunnittelu; julisteiden suunnittelu; taitto; visuaalinen suunnittelu | grafisk design; grafisk formgivning | graphic design; visual design
kuvitus; kuvittaminen; kuvitukset; sarjakuvat; sarjakuvien piirtäminen | illustration | illustration; drawing comics
digitaalinen kuvankäsittely; kuvankäsittely; Photoshop; GIMP; kuvien muokkaus | bildbehandling | photo editing; image editing
Adobe-ohjelmat; Illustrator; InDesign; Adobe | Adobe-program | Adobe Creative Suite; Illustrator; InDesign
3D-mallinnus; 3d-mallinnus; Blender; CAD; AutoCAD; SolidWorks; mallintaminen | 3D-modellering; CAD | 3D modelling; CAD
valokuvaus; valokuvaaminen; kuvaaminen; kamera | fotografering | photography
videokuvaus; videoiden teko; videoiden editointi; videoeditointi; editointi; leikkaaminen videolle | videofilmning; videoredigering | video production; video editing
äänitekniikka; äänentoisto; miksaus; äänitys; valotekniikka; tapahtumatekniikka; lavatekniikka | ljudteknik; ljusteknik | sound engineering; stage technology
animaatio; animointi; animaatiot | animation | animation
muotoilu; tuotesuunnittelu; teollinen muotoilu | formgivning | product design
sisustussuunnittelu; sisustaminen; sisustus | inredning | interior design; interior decorating
näyttelytyöt; näyttelyiden rakentaminen; näyttelytyöt; museotyöt | utställningsarbete | exhibition work; museum work
kirjoittaminen; tekstien kirjoittaminen; luova kirjoittaminen; sisällöntuotanto; blogi; bloggaaminen | skrivande | writing; content creation
toimittaminen; journalismi; lehtijutut; uutiset | journalistik | journalism; editing
markkinointi; mainokset; kampanjat; mainonta; markkinointiviestintä | marknadsföring; reklam | marketing; advertising
esiintyminen; näytteleminen; teatteri; improvisaatio | uppträdande; skådespeleri | performing; acting
tanssi; tanssiminen; tanssinopetus | dans | dance
musiikki; soittaminen; soitin; musisointi; bändi | musik; spela instrument | music; playing an instrument
kitaransoitto; kitara; kitaraa | gitarr | playing the guitar
pianonsoitto; piano; koskettimet | piano | playing the piano
rummut; rumpujen soitto | trummor | playing the drums
laulaminen; laulu; kuorolaulu; laulaja | sång | singing
musiikin tuottaminen; musiikkituotanto; biitit; DJ; dj-keikat | musikproduktion | music production; DJing
kulttuurituotanto; tapahtumatuotanto; tapahtumien järjestäminen | kulturproduktion; evenemangsproduktion | cultural production; event production
== Käsityö
käsityöt; kädentaidot; käsityö; askartelu; askarrella; askartelua; näpertely | hantverk; pyssel | handicrafts; crafts
keramiikka; savityöt; dreijaus; keramiikkapaja | keramik | ceramics; pottery
lasityöt; lasinpuhallus; lasimaalaus; lasikoristeet | glasarbete | glasswork
korujen teko; korut; koruntekijä; hopeatyöt; helmityöt | smyckestillverkning | jewellery making
puunveisto; veistäminen; vuolu; puukäsityöt | träsnideri | wood carving
kynttilöiden valmistus; kynttilät; saippuoiden valmistus; saippuat | ljustillverkning | candle making; soap making
korinpunonta; pajutyöt; punonta | korgflätning | basket weaving
kirjansidonta; kirjojen sidonta; paperityöt | bokbindning | bookbinding
huovutus; huovuttaminen | tovning | felting
mosaiikki; mosaiikkityöt | mosaik | mosaic work
entisöinti; vanhojen esineiden kunnostus; antiikki | restaurering | restoration of objects
kyltit; kylttien teko; teippaus; tarrat kylteille; mainosteippaus; autoteippaus | skyltar; foliering | sign making; vinyl wrapping
laserleikkaus; laserkaiverrus; kaiverrus; kaivertaminen | lasergravyr | laser cutting; engraving
3D-tulostus; 3d-tulostus; 3d-tulostin | 3D-utskrift | 3D printing
käsi- ja taideteollisuusalan perustutkinto; artesaani; artesaanin tutkinto | grundexamen inom hantverk och konstindustri | vocational qualification in crafts and design
`;

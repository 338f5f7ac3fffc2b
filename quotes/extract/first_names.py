"""First names and the sex of nearly everyone who bears them (generated; do not edit).

Made by scripts/first_names.py from US Social Security baby-name counts (public
domain): names given to at least 5,000 people born 1930-2000, at least
95% of them of one sex. quotes.extract.lexicon adds names from elsewhere.
"""

MALE = frozenset(
    """
aaron abel abraham abram adam adan adolfo adolph agustin ahmad ahmed al alan albert alberto alden
aldo alec alejandro alex alexander alfonso alfred alfredo allan allen alonzo alphonso alton alvaro
alvin amir amos anderson andre andres andrew andy angelo anthony antoine anton antonio antony antwan
archie aric armand armando arnold aron arron arthur arturo augustus austin barney barrett barry bart
barton basil beau ben benito benjamin bennett benny bernard bernardo bert bill billy blaine blake
bob bobby booker boyd brad braden bradford bradley bradly brady branden brandon brant braxton
brayden brendan brenden brendon brent brenton bret brett brian brice brock broderick brody bruce
bruno bryan bryant bryce bryon bryson bud buddy buford burton byron cade caleb calvin carl carlo
carlos carlton carmine carter cecil cedric cesar chad chadwick chance charles chase chaz chester
christopher chuck clarence clark claude clay clayton clement cleveland cliff clifford clifton clint
clinton clyde cody cole coleman colin collin colton conner connor conor conrad cooper corbin cordell
corey cornelius cornell cortez coy craig cristian cullen curt curtis cyril cyrus dalton damian
damien damion damon dan dane danial daniel danny dante daquan daren darin dario darius daron darrel
darrell darren darrick darrin darron darryl darwin dave david davis davon dawson dayton dean deandre
deangelo delbert delmar demarcus denis dennis denny denver denzel deonte derek derick derrick
desmond devante devonte dewayne dewey dexter dick diego dillon dino dirk domenic domingo dominic
dominick don donald donn donny donovan donte doug douglas doyle drake duane dudley duncan dustin
dwain dwayne dwight dylan earl earle earnest ed eddie eddy edgar edmond edmund eduardo edward
edwardo edwin efrain efren elbert eldon eli elias elijah eliseo elliot elliott ellis elmer eloy
elton elvin elvis elwood emanuel emil emilio emmanuel emmett enrique eric erich erick erik ernest
ernesto ernie errol ervin erwin esteban estevan ethan eugene evan everett everette ezekiel ezequiel
ezra fabian federico felipe felix fernando fidel fletcher floyd forest forrest foster francisco
frank franklin fred freddy frederic frederick fredric fredrick freeman gabriel gage galen garland
garret garrett garry garth gary gavin gene geoffrey george gerald gerard gerardo german gilbert
gilberto gino giovanni glen glenn gonzalo gordon grady graham grant greg gregg gregorio gregory
griffin grover guillermo gus gustavo guy hal hank hans harlan harold harris harrison harry harvey
heath hector henry herbert heriberto herman herschel hershel hiram homer horace houston howard
hubert huey hugh hugo humberto ian ignacio irvin irving irwin isaac isaiah isiah isidro ismael
israel issac ivan jace jack jackson jacob jacques jake jakob jalen jamaal jamal jamar jamel james
jameson jaquan jared jarod jaron jarred jarrett jarrod jarvis jason jasper javier jay jayson jed
jeff jefferson jeffery jeffrey jeffry jerald jeremiah jeremy jermaine jerod jerold jerome jerrell
jerrod jerrold jerry jess jesse jesus jim jimmy joaquin joe joel joesph john johnathan johnathon
johnny jon jonah jonas jonathan jonathon jorge jose josef joseph josh joshua josiah josue juan
judson julian julio julius junior justin kaleb kareem karl keenan keith kelvin ken kendrick kenneth
kennith kenny kent kenton kermit keven kevin khalil kip kirk kody kraig kristofer kristopher kurt
kurtis kyle lamar lamont lance landon lanny larry laurence lawrence leif leland lemuel lenard lenny
leo leon leonard leonardo leonel leroy lester levi lewis liam lincoln linwood lionel lloyd lon lonny
lorenzo louie louis lowell loyd lucas luis lukas luke luther lyle lyndon mac mack major malachi
malcolm malik manuel marc marco marcos marcus mario mark markus marlon marques marquis marshall
martin marvin mason mathew matt matthew maurice mauricio max maxwell maynard melvin merlin mervin
michael micheal miguel mike miles millard milo milton mitch mitchel mitchell mohammad mohammed
moises monroe monte monty morris moses moshe murray myles myron nathan nathanael nathanial nathaniel
neal ned neil nelson nestor nicholas nick nickolas nicolas nigel nikolas noah noe nolan norbert
norman norris octavio oliver omar orlando orville oscar osvaldo otis otto owen pablo parker pasquale
patrick paul pedro percy perry pete peter phil philip phillip pierce pierre preston quentin quintin
quinton rafael raheem ralph ramiro ramon randal randall randell randolph randy raphael rashad raul
ray raymond raymundo reece reed reggie reginald reid reuben rex reynaldo rhett ricardo richard rick
rickey ricky rico rigoberto rob robby robert roberto rocco rocky rod roderick rodger rodney rodolfo
rodrick rodrigo rogelio roger roland rolando rolland roman romeo ron ronald ronnie ronny roosevelt
roscoe ross roy royal ruben rudolph rudy rufus russ russel russell rusty ryan salvador salvatore sam
sammy samuel sanford santiago saul scot scott scotty sean sebastian sergio seth shane shaun sheldon
shelton sherman silas simon solomon sonny spencer stan stanford stanley stefan stephan stephen
stephon steve steven stewart stuart sylvester tad tanner ted teddy terence terrance terrence tevin
thad thaddeus theodore theron thomas thurman tim timmy timothy titus tobias tod todd tom tomas tommy
toney tony travis trent trenton trevon trevor trey troy truman tucker ty tyler tyrell tyron tyrone
tyson ulysses uriel vance vaughn vern vernon vicente victor vince vincent virgil vito wade walker
wallace walter ward warren waylon wayne weldon wendell wesley weston wilbert wilbur wilburn wiley
wilford wilfred wilfredo will willard william willis wilmer wilson winfred winston woodrow wyatt
xavier zachariah zachary zachery zackary zackery zane
""".split()
)

FEMALE = frozenset(
    """
aaliyah abbey abbie abby abigail ada addie adela adele adeline adriana adriane adrianna adrianne
adrienne agnes aida aileen aimee aisha aja alaina alana alanna alayna alberta alecia alejandra alena
alesha alesia aleta alexa alexandra alexandrea alexandria alexia alexus alfreda alice alicia alina
aline alisa alisha alison alissa aliyah allison allyson alma alondra alta althea alyce alycia alysha
alysia alyson alyssa amalia amanda amber amelia ami amie amy ana anastasia andrea andria angela
angelia angelica angelina angeline angelique angelita angie anissa anita ann anna annabelle
annamarie anne annemarie annetta annette annie annmarie antionette antoinette april araceli ariana
arianna arielle arleen arlene arline ashely ashlee ashleigh ashley ashlie ashly ashlyn ashlynn asia
athena audra audrey aurelia aurora autumn ava ayanna bambi barbara barbra baylee beatrice beatriz
becky belinda benita bernadette bernadine bernice bertha bessie beth bethany betsy bette bettie
bettina betty bettye beulah beverley beverly bianca blanca blanche bobbi bonita bonnie bonny brandee
brandi brandie brandy breana breanna breanne brenda brenna bria briana brianna brianne bridget
bridgett bridgette brigette brigitte britney brittani brittany brittney brittni brooke brooklyn
bryanna caitlin caitlyn callie camilla camille candace candi candice candy cara caren cari carina
carissa carla carlee carleen carlene carley carlotta carly carmela carmelita carmella carol carolann
carole carolina caroline carolyn carolynn carrie caryl caryn casandra cassandra cassie catalina
catharine catherine cathie cathleen cathrine cathryn cathy catrina cayla cecelia cecile cecilia
cecily celeste celestine celia celina celine chana chanda chandra chanel chantal chantel chantelle
charisse charity charla charleen charlene charlotte charmaine chasity chastity chaya chelsea chelsey
chelsie cheri cherie cherry cheryl cheryle cheyanne chiquita chloe christa christal christi
christiana christie christina christine christy chrystal ciara ciera cierra cindi cindy claire clara
clarice clarissa claudette claudia claudine coleen colette colleen collette concetta connie
constance consuelo cora coral corina corine corinna corinne cornelia corrine cristal cristina cristy
crystal cynthia daisy dalia damaris danelle danette danica daniela daniella danielle danita danna
daphne dara darci darcie daria darla darleen darlene davina dawn dawna dayna deana deann deanna
deanne debbie debby debora deborah debra deena deidra deidre deirdre deja delia delilah della delois
delores deloris delphine demetria dena denice denise desirae desiree destinee destiny dian diana
diane diann dianna dianne dina dinah dionne dixie dollie dolly dolores dona donita donna dora doreen
dorene doretha doris dorothea dorothy dorthy dottie dulce earlene earline earnestine eboni ebony
edith edna edwina effie eileen elaina elaine elana eleanor elena elida elinor elisa elisabeth elise
elissa eliza elizabeth ella ellen elma elnora eloise elouise elsa elsie elva elvia elvira elyse
emilee emilia emilie emily emma erica ericka erika erin erma ernestine esmeralda esperanza essie
estela estella estelle ester esther ethel etta eugenia eula eunice eva evangelina evangeline eve
evelyn evette fabiola faith fallon fannie farrah fatima fawn faye felecia felicia felisha fern fiona
flora florence frances francesca francine francisca freda freida frieda gabriela gabriella gabrielle
gail gaye gayla gena geneva genevieve georgette georgia georgianna georgina geraldine geri gerri
gertrude gianna gilda gillian gina ginger ginny giovanna giselle gladys glenda glenna gloria goldie
grace gracie graciela greta gretchen griselda gwen gwendolyn hailey haleigh haley hallie hanna
hannah harriet harriett hattie haylee hayley hazel heather heaven heidi helen helena helene
henrietta hilda hillary holli hollie holly hope ida iesha ila ilene imelda imogene ina india inez
ingrid irene iris irma isabel isabella isabelle iva ivette jacklyn jaclyn jacquelin jacqueline
jacquelyn jacquline jada jami jamila jana janae jane janeen janel janell janelle janessa janet
janette janice janie janine janis janna jannie jaqueline jasmin jasmine jayla jayne jazmin jazmine
jean jeana jeanette jeanie jeanine jeanna jeanne jeannette jeannie jeannine jena jenelle jenifer
jenna jennie jennifer jenny jeri jerri jessica jill jillian jo joan joann joanna joanne jocelyn jodi
joelle joellen johanna johnna joleen jolene joni josefina josephine josette josie joy joyce joycelyn
juana juanita judi judie judith judy juli julia juliana juliann julianna julianne julie juliet
juliette julissa june justina kaci kacie kaila kailey kaitlin kaitlyn kaitlynn kala kaleigh kaley
kali kami kandace kandi kandice kandy kara karen kari karie karin karina karissa karla karli karly
karolyn karrie karyn kasandra kassandra kassidy kassie kate katelin katelyn katelynn katharine
katherine katheryn kathi kathie kathleen kathrine kathryn kathy katie katina katlyn katrina katy kay
kaye kayla kaylee kayleigh kaylie kaylin kaylyn keely keisha kelli kellie kelsey kelsi kelsie kendra
keri kerri kerrie kesha keshia kia kiana kiara kiera kierra kiersten kimberlee kimberley kimberly
kira kirsten kirstin kisha kitty krista kristal kristen kristi kristie kristin kristina kristine
kristy kristyn krysta krystal krystle kyla kylee kylie kyra lacey lacie ladonna lakeisha lakesha
lakisha lana lani laquita lara larissa lashonda latanya latasha latisha latonia latonya latosha
latoya latrice latricia laura laureen laurel lauren lauri laurie lauryn lavonne lawanda layla lea
leah leandra leann leanna leanne leeann leila leilani lela lelia lena lenora lenore leola leona lesa
leta letha leticia letitia lia liana libby lidia lila lilia liliana lillian lillie lilly lily lina
linda lindsay lindsey linnea lisa lisette lissette liz liza lizbeth lizette lizzie lois lola lolita
lona lora loraine lorena lorene loretta lori lorie lorna lorraine lorri lorrie lottie louella louisa
louise lourdes luann luanne lucia lucile lucille lucinda lucretia lucy luella luisa lula luz lydia
lynda lyndsay lyndsey lynette lynne lynnette mabel mable macy madalyn madeleine madeline madelyn
madison madonna mae maegan magdalena maggie makayla makenzie malia malinda malissa mallory mamie
mandi mandy manuela mara maranda marcela marcella marci marcia marcie marcy margaret margarita
margery margie margo margot margret marguerite mari maria mariah mariam marian mariana mariann
marianna marianne maribel maribeth maricela marie mariela marietta marilee marilyn marilynn marina
marisa marisela marisol marissa maritza marjorie marla marlena marlene marlys marnie marquita marsha
marta martha martina marva mary maryann maryanne marybeth maryellen maryjane maryjo marylou matilda
mattie maura maureen mavis maxine may maya mayra mckenna meagan meaghan megan meghan melanie melba
melina melinda melisa melissa mellissa melodie melody melva mercedes meredith merry mia micaela
michaela michele michelle mikaela mikayla milagros mildred millicent millie mimi mina mindy minerva
minnie miranda miriam missy misti misty mitzi mollie molly mona monica monika monique moriah muriel
mya myra myrna myrtle nadia nadine nan nanci nancy nanette nannette nannie naomi natalia natalie
natasha nathalie nedra nelda nell nellie nettie neva nia nichole nicki nicole nicolette niki nikki
nikole nina nita noelle noemi nola nona nora noreen norma octavia odessa ofelia ola olga olive
olivia opal ophelia paige pam pamala pamela paola patrica patrice patricia patsy patti pattie patty
paula paulette paulina pauline pearl pearlie peggie peggy penelope penny perla petra phoebe phyllis
polly portia precious princess priscilla queen rachael racheal rachel rachelle rae ramona randi
raquel reba rebeca rebecca rebekah regina reina rena renae renee renita reta retha reva reyna rhea
rhiannon rhoda rhonda richelle rita roberta robyn rochelle rocio ronda rosa rosalee rosalie rosalind
rosalinda rosalyn rosanna rosanne rose roseann roseanne rosella rosemarie rosemary rosetta rosie
rosita roslyn rowena roxana roxann roxanna roxanne roxie ruby ruth ruthann ruthie sabrina sade sadie
salina sallie sally samantha sandi sandra sara sarah sarai sarina sasha saundra savanna savannah
scarlett selena selina selma serena shaina shakira shameka shana shanda shania shanice shanika
shaniqua shanna shanta shante shantel shari sharla sharlene sharon sharonda sharron sharyn shauna
shawna shayla shayna sheena sheila shelia shelley shelli shellie shelly sheree sheri sherri sherrie
sherry sheryl shirley shonda sierra silvia simone siobhan sofia sondra sonia sonja sonya sophia
sophie staci stacia stacie starla starr stefani stefanie stella stephanie stephany stephenie sue
summer susan susana susanna susannah susanne susie suzan suzanna suzanne suzette sybil sylvia
tabatha tabitha talia tamara tameka tamela tamera tami tamika tammi tammie tammy tamra tana tanesha
tania tanisha tanya tara taryn tasha tatiana tatyana tawana teena tena tera teresa terese teressa
teri terra terri terrie tess tessa thalia thea thelma theodora theresa therese tia tiana tianna
tiara tierra tiffani tiffanie tiffany tina tisha toni tonia tonja tonya tori tosha traci tracie
trena treva tricia trina trisha trista trudy twila twyla tyra ursula valarie valencia valentina
valeria valerie valorie vanessa velma venessa venus vera verna veronica vickey vicki vickie vicky
victoria vikki viola violet virgie virginia vivian viviana vonda wanda wendi wendy wilda willa wilma
winifred winnie winona yadira yasmin yasmine yesenia yolanda yvette yvonne zelda zelma zoe
""".split()
)

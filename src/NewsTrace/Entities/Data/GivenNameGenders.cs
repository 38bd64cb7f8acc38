using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>
/// Given names that are, in English-language news, nearly always borne by women or nearly always by men. Written by
/// hand from general knowledge; names used for both (Alex, Chris, Jamie, Kelly, Sam, Lee, Jean, Andrea, Nicola, Kim,
/// Robin, Leslie, Jordan, Taylor ...) are deliberately in neither list. A fact list for pronoun agreement: "he" never
/// takes up "Helen Marsh", "she" never "Daniel Kress"; a text's own evidence (Ms., spokeswoman) is weighed with it.
/// </summary>
internal static class GivenNameGenders
{
    public static WordSet Female { get; } = FrozenSet.ToFrozenSet(
    [
        // English.
        "Abigail", "Agnes", "Alice", "Alison", "Amanda", "Amelia", "Amy", "Angela", "Ann", "Anna", "Anne", "Annie", "Barbara",
        "Beatrice", "Betty", "Beverly", "Brenda", "Bridget", "Carol", "Caroline", "Catherine", "Charlotte", "Cheryl", "Chloe",
        "Christine", "Claire", "Clara", "Cynthia", "Deborah", "Debra", "Denise", "Diana", "Diane", "Donna", "Dorothy", "Edith",
        "Eleanor", "Elizabeth", "Ella", "Ellen", "Emily", "Emma", "Esther", "Evelyn", "Fiona", "Florence", "Frances", "Gloria",
        "Grace", "Hannah", "Harriet", "Hazel", "Heather", "Helen", "Hillary", "Irene", "Isabel", "Isabella", "Jacqueline",
        "Jane", "Janet", "Janice", "Jennifer", "Jessica", "Jill", "Joan", "Joanne", "Josephine", "Joyce", "Judith", "Judy",
        "Julia", "Julie", "June", "Karen", "Kate", "Katherine", "Kathleen", "Kathryn", "Kathy", "Katie", "Kimberly", "Laura",
        "Lauren", "Linda", "Lisa", "Liz", "Lois", "Lori", "Louise", "Lucy", "Madeleine", "Margaret", "Margot", "Maria", "Marie",
        "Marilyn", "Martha", "Mary", "Megan", "Melissa", "Mia", "Michelle", "Mildred", "Nancy", "Natalie", "Nicole", "Nora",
        "Olivia", "Pamela", "Patricia", "Paula", "Pauline", "Penny", "Phyllis", "Rachel", "Rebecca", "Rita", "Rosa", "Rose",
        "Ruth", "Sally", "Samantha", "Sandra", "Sara", "Sarah", "Sharon", "Sheila", "Shirley", "Sophia", "Sophie", "Stella",
        "Stephanie", "Susan", "Sylvia", "Teresa", "Theresa", "Tina", "Valerie", "Vera", "Victoria", "Virginia", "Wendy",
        "Yvonne", "Zoe", "Elaine", "Kristin", "Kristen", "Sofia", "Ava", "Ida", "Iris", "Joy", "Lillian", "Meg", "Sue", "Kamala", "Nikki", "Lindsay", "Tulsi", "Gretchen", "Kirsten", "Elise", "Ilhan", "Alexandria",

        // European.
        "Angelika", "Annalena", "Birgit", "Brigitte", "Christiane", "Claudia", "Elke", "Gabriele", "Ingrid", "Katarina",
        "Katharina", "Margarethe", "Petra", "Sabine", "Ulrike", "Ursula", "Anne-Marie", "Christelle", "Isabelle", "Marine",
        "Nathalie", "Ségolène", "Sylvie", "Valérie", "Giorgia", "Giulia", "Francesca", "Chiara", "Elisabetta", "Paola",
        "Carmen", "Dolores", "Pilar", "Mercedes", "Inés", "Ines", "Lucía", "Mette", "Sanna", "Magdalena", "Ewa", "Agnieszka",
        "Beata", "Katalin", "Ilse", "Helga", "Greta", "Astrid", "Sigrid", "Jacinda", "Kaja", "Zuzana", "Ana",
        "Valeria", "Mariela", "Graciela", "Marcela", "Daniela", "Mariana", "Camila", "Lorena", "Agustina",
        "Silvina", "Romina", "Milagros", "Rocío", "Noelia", "Soledad", "Verónica", "Cristina", "Liliana",

        // Slavic.
        "Olga", "Natalia", "Natalya", "Tatiana", "Tatyana", "Yulia", "Irina", "Svetlana", "Elena", "Yelena", "Valentina",
        "Lyudmila", "Ludmila", "Galina", "Nadezhda", "Ekaterina", "Yekaterina", "Anastasia", "Marina", "Oksana", "Iryna",
        "Olena", "Daria", "Darya", "Alina", "Veronika", "Zhanna", "Larisa",

        // Arabic, Persian, Turkish, Hebrew.
        "Fatima", "Fatma", "Aisha", "Ayesha", "Leila", "Layla", "Mariam", "Maryam", "Noor", "Nour", "Zainab", "Zeynep", "Rania",
        "Huda", "Amira", "Yasmin", "Yasmine", "Salma", "Shirin", "Golda", "Tzipi", "Ayelet", "Hanan", "Samira",

        // South Asian, East Asian, African.
        "Indira", "Sonia", "Benazir", "Priya", "Sushma", "Mamata", "Nirmala", "Smriti", "Malala", "Sheikh Hasina", "Aung San",
        "Ing-wen", "Yingluck", "Megawati", "Corazon", "Imelda", "Winnie", "Graça", "Nkosazana", "Ngozi", "Wangari",
        "Chimamanda", "Sahle-Work", "Samia",
        // More European, African and Asian names of wire copy (added 2026-11-24, eleventh session).
        "Benazir", "Sonia", "Chandrika", "Jayalalitha", "Tansu", "Madeleine", "Ségolène", "Segolene", "Simone", "Monique",
        "Martine", "Brigitte", "Nathalie", "Sylvie", "Veronique", "Véronique", "Christiane", "Ursula", "Renate", "Heide", "Gerda",
        "Birgit", "Ingrid", "Gro", "Astrid", "Karin", "Kerstin", "Marit", "Liv", "Tove", "Ulrika", "Mette", "Giovanna",
        "Francesca", "Lucia", "Irina", "Svetlana", "Olga", "Tatiana", "Natalia", "Galina", "Yelena", "Elena", "Ludmila",
        "Lyudmila", "Larisa", "Natasha", "Yulia", "Steffi", "Arantxa", "Conchita", "Martina", "Jana", "Iva", "Anke", "Gabriela",
        "Serena", "Merlene", "Marie-Jose", "Marie-José", "Sabine", "Silke", "Heike", "Katrin", "Kathrin", "Katarina", "Yoko",
        "Masako", "Michiko", "Megawati", "Imelda", "Corazon", "Indira", "Hasina", "Khaleda", "Winnie", "Graca", "Graça",
        "Wangari", "Fatuma", "Derartu", "Gete",

        // More given names common in English-language news of any country (added 2026-11-24 from general knowledge; names
        // that are also common words or places, "Grant", "Chase", "Miles", "Chad", "Troy", "Dawn", are left out).
        "Joanna", "Renata", "Gwen", "Celeste", "Marisol", "Lorna", "Maya", "Leah", "Alma", "Lucinda", "Corinne",
        "Adrienne", "Anjali", "Amara", "Abby", "Adriana", "Alana", "Alexandra", "Alicia", "Allison", "Alyssa", "Amber",
        "Angelica", "Anita", "Annette", "Ariana", "Audrey", "Bethany", "Bonnie", "Brianna", "Brittany", "Brooke",
        "Camille", "Candace", "Cara", "Carla", "Carolyn", "Cassandra", "Cecilia", "Charlene", "Christina", "Cindy",
        "Colleen", "Connie", "Courtney", "Crystal", "Daisy", "Danielle", "Daphne", "Darlene", "Delia", "Desiree",
        "Doris", "Edna", "Eileen", "Eliza", "Ellie", "Eloise", "Erica", "Erin", "Estelle", "Eva", "Felicia",
        "Gabrielle", "Geraldine", "Gina", "Gwendolyn", "Hailey", "Heidi", "Hilary", "Holly", "Isla", "Jasmine",
        "Jeanette", "Jeanne", "Jenna", "Jenny", "Jocelyn", "Jodi", "Jolene", "Juanita", "Kara", "Karla", "Katrina",
        "Kayla", "Kendra", "Kristina", "Kristy", "Lana", "Latoya", "Lena", "Leona", "Lila", "Lola", "Loretta",
        "Lorraine", "Lydia", "Mabel", "Mallory", "Marcia", "Margarita", "Marian", "Marianne", "Marissa", "Marjorie",
        "Marlene", "Maureen", "Maxine", "Melanie", "Melinda", "Meredith", "Miranda", "Molly", "Monica", "Muriel",
        "Nadia", "Naomi", "Nina", "Noelle", "Paige", "Patsy", "Peggy", "Priscilla", "Ramona", "Regina", "Renee",
        "Roberta", "Robyn", "Rochelle", "Rosalind", "Rosemary", "Roxanne", "Sabrina", "Selena", "Sheryl", "Sonya",
        "Stacey", "Stacy", "Susanna", "Suzanne", "Tamara", "Tammy", "Tanya", "Tara", "Tessa", "Tiffany", "Trisha",
        "Vanessa", "Veronica", "Vicki", "Viola", "Vivian", "Whitney", "Wilma", "Yolanda", "Sunita", "Lakshmi",
        "Chiamaka", "Thandiwe", "Nomvula", "Akosua", "Adwoa", "Mei-ling", "Keiko", "Naoko", "Yumiko", "Hyun-joo",
        "Beatriz", "Luisa", "Marta", "Elisa", "Katarzyna", "Malgorzata", "Zofia", "Hanna", "Annika", "Freya", "Maren",
        "Britta", "Dagmar", "Gudrun", "Jutta", "Ute",

        // More English given names of an older generation (added 2026-11-24, sixteenth session: "Gail Pfister" was not
        // found as a person).
        "Gail", "Laurie", "Norma", "Rhonda", "Vickie", "Wanda", "Ethel", "Gladys", "Lucille", "Miriam", "Marsha", "Margo",
        "Rhea", "Colette", "Bernadette", "Celia", "Delores", "Imogen", "Selma", "Tabitha", "Trudy", "Winifred", "Leanne",
        "Jacqui", "Katharine",

        // Women's given names of 1990s world news (added 2026-11-24, seventeenth session).
        "Mary-Joe", "Irena", "Ulla", "Gunilla", "Tarja", "Pernille", "Helle", "Elisabeth", "Edwige", "Francoise",
        "Marie-Pierre", "Edwina", "Glenys", "Gillian", "Sinead", "Mairead", "Siobhan", "Niamh", "Aoife", "Roisin",
        "Orla", "Bronwen", "Cerys", "Rhiannon", "Carys", "Eluned", "Myfanwy", "Mhairi", "Morag", "Kirsty", "Ailsa",
        "Sheena", "Moira", "Tipper",

        // Irish women's names (added 2026-11-26, thirty-third session).
        "Deirdre", "Grainne", "Gráinne", "Maeve", "Sorcha", "Eimear", "Caoimhe", "Aisling", "Clodagh", "Una", "Nuala",

        // Serbian, Croatian, Bosnian and Albanian women's names (added 2026-11-26, thirty-third session).
        "Dragana", "Jelena", "Milica", "Snežana", "Snezana", "Vesna", "Biljana", "Gordana", "Ivana", "Marija", "Tatjana",
        "Ljiljana", "Jasmina", "Ardita", "Vjosa", "Albulena", "Donika", "Teuta", "Mimoza", "Blerta", "Drita",

        // Ukrainian forms and other transliterations of Russian and Ukrainian women's names (added 2026-11-26, thirty-third session).
        "Yuliya", "Iuliia", "Tetiana", "Tetyana", "Kateryna", "Anastasiya", "Halyna", "Nadiya",

        // Spanish women's names written with their accents (added 2026-11-26, thirty-third session).
        "María", "Sofía",

        // Sri Lankan women's names (added 2026-11-26, thirty-third session).
        "Chamari", "Dilani", "Kumari", "Sirimavo",

        // Older and rural American women's names (added 2026-11-24, seventeenth session).
        "Arlene", "Earlene", "Doreen", "Noreen", "Arleen", "Bernice", "Beulah", "Eunice", "Hattie", "Inez", "Imogene",
        "Lorene", "Mavis", "Myrtle", "Sadie", "Thelma", "Verna", "Zelda", "Tami", "Darla", "Marla", "Kelsey", "Brandi",
        "Tonya", "Shanice",
    ], StringComparer.Ordinal);

    public static WordSet Male { get; } = FrozenSet.ToFrozenSet(
    [
        // English.
        "Aaron", "Adam", "Alan", "Albert", "Alexander", "Alfred", "Andrew", "Andy", "Anthony", "Arthur", "Barry", "Ben",
        "Benjamin", "Bernard", "Bill", "Billy", "Bob", "Bobby", "Brad", "Brandon", "Brian", "Bruce", "Bryan", "Carl", "Charles",
        "Charlie", "Christopher", "Colin", "Craig", "Damon", "Dan", "Daniel", "Danny", "Darren", "Dave", "David", "Dennis", "Derek",
        "Terence", "Jarrod", "Jarrad", "Dermot",
        "Dick", "Don", "Donald", "Doug", "Douglas", "Duncan", "Ed", "Eddie", "Edward", "Eric", "Ethan", "Frank", "Fred",
        "Gary", "Gavin", "Geoff", "George", "Gerald", "Gordon", "Graham", "Greg", "Gregory", "Harold", "Harry", "Henry",
        "Howard", "Hugh", "Ian", "Jack", "Jacob", "Jake", "James", "Jason", "Jeff", "Jeffrey", "Jeremy", "Jerry", "Jim",
        "Jimmy", "Joe", "Joel", "John", "Johnny", "Jon", "Jonathan", "Joseph", "Josh", "Joshua", "Justin", "Keith", "Ken",
        "Kenneth", "Kevin", "Kyle", "Larry", "Laurence", "Lawrence", "Leonard", "Liam", "Louis", "Luke", "Malcolm", "Mark", "Martin",
        "Matt", "Matthew", "Michael", "Mike", "Mitch", "Neil", "Nicholas", "Nick", "Nigel", "Noah", "Oliver", "Patrick",
        "Paul", "Pete", "Peter", "Phil", "Philip", "Ralph", "Randy", "Ray", "Raymond", "Richard", "Rick", "Rob", "Robert",
        "Roger", "Ron", "Ronald", "Ross", "Roy", "Russell", "Ryan", "Samuel", "Scott", "Sean", "Simon", "Stanley", "Stephen",
        "Steve", "Steven", "Stuart", "Ted", "Thomas", "Tim", "Timothy", "Todd", "Tom", "Tommy", "Tony", "Travis", "Trevor",
        "Victor", "Vincent", "Walter", "Wayne", "William", "Willie", "Barack", "Mitt", "Rudy", "Newt", "Bernie", "Marco",
        "Rand", "Chuck", "Rex", "Keir", "Rishi", "Winston", "Warren", "Wesley", "Harvey", "Herbert", "Jerome", "Lloyd",
        "Marvin", "Max", "Melvin", "Milton", "Norman", "Oscar", "Otto", "Percy", "Reginald", "Roland", "Rupert", "Seth",
        "Spencer", "Theodore", "Vernon", "Wallace", "Caleb", "Nathan", "Isaiah", "Owen", "Dylan", "Tyler", "Evan", "Connor",
        "Dean", "Glenn", "Gene", "Jesse", "Morris", "Nathaniel", "Elijah", "Gabriel", "Julian", "Logan", "Aiden", "Jackson", "Austin", "Carter", "Aidan", "Brett", "Wilbur", "Ned", "Zach", "Al", "Abe", "Lucas", "Mason", "Hunter",

        // European.
        "Emmanuel", "François", "Francois", "Jacques", "Pierre", "Michel", "Nicolas", "Olaf", "Gerhard", "Helmut", "Wolfgang",
        "Jürgen", "Hans", "Klaus", "Friedrich", "Frank-Walter", "Karl", "Giuseppe", "Matteo", "Silvio", "Mario", "Sergio",
        "Paolo", "Luigi", "Francesco", "Pedro", "Mariano", "José", "Jose", "Juan", "Carlos", "Luis", "Miguel", "Antonio",
        "Manuel", "Javier", "Jorge", "Fernando", "Alberto", "Ricardo", "António", "Lars", "Anders", "Erik", "Sven", "Jens",
        "Stefan", "Pieter", "Geert", "Viktor", "Andrzej", "Lech", "Jaroslaw", "Mateusz", "Tomasz", "Piotr", "Václav", "Milos",
        "Aleksandar", "Kyriakos", "Nikos", "Yannis", "Enda", "Micheál", "Rafael", "Sebastian", "Maxime", "Xavier",

        // Slavic.
        "Vladimir", "Dmitry", "Dmitri", "Sergey", "Sergei", "Alexei", "Alexey", "Aleksandr", "Mikhail", "Nikolai", "Ivan",
        "Igor", "Oleg", "Yuri", "Yury", "Boris", "Andrei", "Andrey", "Pavel", "Volodymyr", "Petro", "Vitali", "Vitaliy",
        "Oleksandr", "Oleksiy", "Dmytro", "Mykola", "Yevgeny", "Ramzan", "Anatoly", "Gennady", "Ruslan", "Denis", "Alexandr",

        // Arabic, Persian, Turkish, Hebrew.
        "Mohammed", "Muhammad", "Mohamed", "Mohammad", "Ahmed", "Ahmad", "Ali", "Hassan", "Hussein", "Omar", "Abdullah",
        "Abdul", "Khalid", "Khaled", "Ibrahim", "Ismail", "Mahmoud", "Mustafa", "Youssef", "Yusuf", "Hamid", "Hamad", "Salman",
        "Faisal", "Bashar", "Hosni", "Anwar", "Gamal", "Abdel", "Nasser", "Saeed", "Tariq", "Javad", "Ebrahim", "Recep",
        "Ahmet", "Yair", "Naftali", "Ehud", "Shimon", "Yitzhak", "Isaac", "Benny", "Hamdullah", "Ashraf", "Hamza", "Bilal",

        // South Asian, East Asian, African.
        "Narendra", "Rahul", "Manmohan", "Rajiv", "Amit", "Arvind", "Imran", "Nawaz", "Shehbaz", "Ravi", "Sanjay", "Sunil",
        "Anil", "Vijay", "Deepak", "Shinzo", "Shinzō", "Fumio", "Yoshihide", "Junichiro", "Hiroshi", "Takeshi", "Kenji",
        "Akira", "Jinping", "Keqiang", "Nelson", "Cyril", "Thabo", "Kofi", "Uhuru", "Goodluck", "Muhammadu", "Olusegun",
        "Emmerson", "Yoweri", "Abiy", "Jomo",

        // More European, African and Asian names of wire copy (added 2026-11-24, eleventh session).
        "Marc", "Jean-Marc", "Jean-Luc", "Jean-Pierre", "Jean-Claude", "Jean-Louis", "Jean-Paul", "Jean-Jacques", "Luc", "Yves",
        "Philippe", "Alain", "Laurent", "Thierry", "Didier", "Gilles", "Olivier", "Christophe", "Hubert", "Lionel", "Gerard",
        "Gérard", "Sebastien", "Sébastien", "Fabien", "Arnaud", "Benoit", "Benoît", "Guillaume", "Antoine", "Lucien", "Edouard",
        "Édouard", "Valery", "Valéry", "Rene", "René", "Andre", "André", "Marcel", "Georges", "Henri", "Pascal", "Etienne",
        "Étienne", "Felix", "Félix", "Jurgen", "Juergen", "Dieter", "Horst", "Uwe", "Manfred", "Rainer", "Gunter", "Guenter",
        "Günter", "Heinz", "Harald", "Werner", "Joachim", "Norbert", "Rudolf", "Ulrich", "Volker", "Lothar", "Berti", "Ottmar", "Franz",
        "Kurt", "Reinhard", "Gerd", "Jupp", "Rolf", "Bernd", "Hartmut", "Siegfried", "Wilhelm", "Heinrich", "Matthias",
        "Thorsten", "Markus", "Andreas", "Jörg", "Joerg", "Detlef", "Wim", "Henk", "Johan", "Ruud", "Dirk", "Guus", "Frans",
        "Joop", "Kees", "Hendrik", "Willem", "Jaap", "Nils", "Bjorn", "Björn", "Henrik", "Niclas", "Niklas", "Fredrik", "Tore",
        "Ole", "Knut", "Magnus", "Mats", "Gunnar", "Jesper", "Mikael", "Kjell", "Rune", "Arne", "Leif", "Ingvar", "Göran",
        "Goran", "Torbjorn", "Stig", "Bengt", "Carsten", "Morten", "Rasmus", "Søren", "Soren", "Poul", "Kasper", "Roberto",
        "Gianfranco", "Giovanni", "Massimo", "Romano", "Lamberto", "Gianni", "Alessandro", "Fabio", "Marcello", "Claudio",
        "Enrico", "Stefano", "Umberto", "Carlo", "Pietro", "Vittorio", "Dino", "Gianluca", "Franco", "Cesare", "Giorgio",
        "Lorenzo", "Riccardo", "Felipe", "Raul", "Raúl", "Ernesto", "Eduardo", "Alvaro", "Álvaro", "Gonzalo", "Ramon", "Ramón",
        "Emilio", "Alfonso", "Enrique", "Guillermo", "Hugo", "Julio", "Rodrigo", "Vicente", "Joaquin", "Alejandro", "Andres",
        "Andrés", "Diego", "Gustavo", "Hernan", "Ignacio", "Mauricio", "Pablo", "Ruben", "Rubén", "Cesar", "César", "Fidel",
        "Augusto", "Marcelo", "Joao", "João", "Luiz", "Paulo", "Henrique", "Jiri", "Jiří", "Tomas", "Tomáš", "Karel", "Vaclav",
        "Ladislav", "Miroslav", "Zdenek", "Petr", "Josef", "Lubomir", "Jozef", "Ion", "Ioan", "Gheorghe", "Constantin",
        "Nicolae", "Emil", "Adrian", "Florin", "Traian", "Stoyan", "Todor", "Zhelyu", "Georgi", "Hristo", "Petar", "Dimitar",
        "Zoran", "Slobodan", "Dragan", "Vuk", "Franjo", "Alija", "Radovan", "Ratko", "Momcilo", "Zdravko", "Davor", "Predrag",
        "Dejan", "Nenad", "Sinisa", "Vojislav", "Zarko", "Fatos", "Rexhep", "Lajos", "Gyula", "Laszlo", "László", "Istvan",
        "István", "Ferenc", "Janos", "János", "Zoltan", "Zoltán", "Sandor", "Aleksander", "Wojciech", "Krzysztof", "Marek",
        "Jacek", "Jerzy", "Zbigniew", "Tadeusz", "Waldemar", "Leszek", "Grzegorz", "Janusz", "Arturas", "Algirdas", "Vytautas",
        "Andris", "Guntis", "Valdis", "Lennart", "Leonid", "Vyacheslav", "Valery", "Valeri", "Yegor", "Grigory", "Konstantin",
        "Arkady", "Vadim", "Stanislav", "Eduard", "Aslan", "Dzhokhar", "Shamil", "Nursultan", "Askar", "Heydar", "Saeb", "Syed",
        "Yasser", "Yasir", "Nabil", "Farouk", "Farooq", "Fahd", "Walid", "Rafik", "Rafiq", "Amr", "Hafez", "Saddam", "Uday",
        "Qusay", "Akbar", "Mohsen", "Abdelaziz", "Abdelkader", "Habib", "Moncef", "Moammar", "Muammar", "Ayman", "Osama",
        "Usama", "Binyamin", "Natan", "Avigdor", "Moshe", "Yossi", "Amnon", "Haim", "Chaim", "Uzi", "Mesut", "Necmettin",
        "Bulent", "Bülent", "Suleyman", "Süleyman", "Turgut", "Mehmet", "Hikmet", "Kemal", "Murat", "Hakan", "Emre", "Atal",
        "Inder", "Narasimha", "Altaf", "Asif", "Pervez", "Shaukat", "Zulfikar", "Sharad", "Sitaram", "Chandrababu", "Mulayam",
        "Laloo", "Lalu", "Sachin", "Sourav", "Kapil", "Wasim", "Waqar", "Javed", "Inzamam", "Shoaib", "Aamir", "Ranil",
        "Mahinda", "Velupillai", "Arjuna", "Sanath", "Aravinda", "Muttiah", "Ramiz", "Saqlain", "Ryutaro", "Tomiichi", "Yukio",
        "Keizo", "Kiichi", "Morihiro", "Tetsuya", "Kazuo", "Yasuo", "Masahiro", "Hideo", "Naoto", "Shinji", "Toshiki", "Koichi",
        "Kazuyoshi", "Hidetoshi", "Haile", "Meles", "Moses", "Samora", "Joaquim", "Abdou", "Abdoulaye", "Amadou", "Moussa",
        "Mamadou", "Ousmane", "Ahmadou", "Blaise", "Hicham", "Noureddine", "Nourredine", "Sani", "Laurent-Desire",

        // More given names common in English-language news of any country (added 2026-11-24 from general knowledge; names
        // that are also common words or places, "Grant", "Chase", "Miles", "Chad", "Troy", "Dawn", are left out).
        "Garrett", "Trent", "Curtis", "Marcus", "Eli", "Hollis", "Cody", "Shane", "Brent", "Dustin", "Clint", "Glen",
        "Jared", "Colton", "Bryce", "Brody", "Kwame", "Emeka", "Chidi", "Sipho", "Bongani", "Vikram", "Arjun", "Farid",
        "Haruki", "Allen", "Alvin", "Angelo", "Archie", "Arnold", "Bert", "Bradley", "Brendan", "Byron", "Calvin",
        "Cecil", "Chester", "Clarence", "Clayton", "Clifford", "Clyde", "Conor", "Corey", "Curt", "Damian", "Darrell",
        "Dale", "Darryl", "Derrick", "Dominic", "Duane", "Dwayne", "Dwight", "Earl", "Edgar", "Edwin", "Elliot", "Elliott",
        "Elmer", "Emmett", "Ernest", "Eugene", "Everett", "Floyd", "Francis", "Franklin", "Frederick", "Geoffrey",
        "Gilbert", "Hector", "Homer", "Joey", "Kirk", "Leon", "Leroy", "Lewis", "Lonnie", "Luther", "Mathew",
        "Maurice", "Micah", "Mitchell", "Neal", "Otis", "Perry", "Phillip", "Preston", "Quentin", "Randall", "Reggie",
        "Ricky", "Rodney", "Shawn", "Sherman", "Terrence", "Toby", "Vince", "Willard", "Zachary", "Chukwuma",
        "Oluwaseun", "Tunde", "Babajide", "Karim", "Samir", "Rashid", "Jamal", "Rajesh", "Suresh", "Mateo", "Luca",
        "Davide", "Jakub", "Lukas", "Tobias", "Florian", "Mikkel", "Jonas",

        // More English given names and short forms (added 2026-11-24, sixteenth session).
        "Bradford", "Claude", "Cory", "Freddie", "Gus", "Hank", "Herman", "Irving", "Lester", "Russ", "Sid", "Stan", "Wally",
        "Walt", "Wes", "Kieran", "Desmond",

        // Irish men's names (added 2026-11-26, thirty-third session).
        "Fergal", "Donal", "Dónal", "Colm", "Oisin", "Oisín", "Tadhg", "Darragh", "Cian", "Diarmuid", "Micheal",

        // Serbian and Albanian men's names (added 2026-11-26, thirty-third session).
        "Milan", "Valon", "Albin", "Arben", "Driton", "Bujar", "Agim", "Ilir",

        // Ukrainian forms and other transliterations of Russian and Ukrainian men's names (added 2026-11-26, thirty-third session).
        "Evgeny", "Yevgeniy", "Sergiy", "Serhiy", "Andriy", "Yuriy", "Vasyl", "Vasily", "Pyotr", "Anatoliy", "Valeriy", "Yaroslav",
        "Bohdan", "Taras", "Ihor",

        // Spanish men's names written with their accents (added 2026-11-26, thirty-third session).
        "Jesús", "Héctor", "Martín", "Óscar", "Iván", "Sebastián", "Nicolás", "Joaquín", "Julián", "Adrián", "Ángel", "Víctor",

        // Sri Lankan men's names (added 2026-11-26, thirty-third session).
        "Lakshman", "Gotabaya", "Sajith", "Chaminda", "Ruwan", "Nuwan", "Dinesh", "Harin", "Namal", "Mangala",

        // Given names of sport, politics and business in 1990s world news: British, Irish, Welsh, Nordic, Dutch, German,
        // Italian, Iberian, Brazilian, Japanese, Arabic, Hebrew, Balkan, Greek and Russian (added 2026-11-24, seventeenth session).
        "Gareth", "Erskine", "Rhys", "Dai", "Hamish", "Angus", "Alistair", "Alasdair", "Clive", "Neville", "Giles",
        "Seamus", "Ciaran", "Niall", "Declan", "Eamon", "Eamonn", "Fergus", "Lachlan", "Callum", "Ewan", "Euan",
        "Graeme", "Rory", "Ruairi", "Padraig", "Gerry", "Cathal", "Lorcan", "Cormac", "Aled", "Gethin", "Emlyn",
        "Ieuan", "Iwan", "Huw", "Glyn", "Dafydd", "Bryn", "Basil", "Crispin", "Jolyon", "Piers", "Tristan", "Benedict",
        "Cedric", "Wilfred", "Godfrey", "Horace", "Mervyn", "Ainsley", "Allan", "Jukka", "Mika", "Kimi", "Jari",
        "Teemu", "Pekka", "Matti", "Heikki", "Juha", "Jarmo", "Janne", "Tapio", "Tuomas", "Lauri", "Kalle", "Ulf",
        "Jorgen", "Mogens", "Niels", "Frode", "Bjarne", "Olav", "Trond", "Geir", "Erling", "Gerrit", "Bram", "Sjaak",
        "Aron", "Gunther", "Guenther", "Rudi", "Erich", "Egon", "Theo", "Jose-Maria", "Costantino", "Giancarlo",
        "Fabrizio", "Pierluigi", "Arrigo", "Sandro", "Attilio", "Filippo", "Ottavio", "Cristiano", "Rubens", "Ayrton",
        "Romario", "Bebeto", "Rivaldo", "Ronaldo", "Denilson", "Leonardo", "Cafu", "Edmundo", "Juninho", "Jorginho",
        "Rui", "Vitor", "Nuno", "Artur", "Fermin", "Txiki", "Txema", "Inaki", "Aitor", "Unai", "Andoni", "Julen",
        "Esteban", "Osvaldo", "Ukyo", "Ichiro", "Sadaharu", "Takashi", "Koji", "Yoshiro", "Tsutomu", "Shintaro",
        "Noboru", "Masayoshi", "Seiroku", "Satoshi", "Naoki", "Kazu", "Hiroyuki", "Yasuhiro", "Masato", "Boutros",
        "Nabih", "Salim", "Selim", "Fuad", "Adnan", "Taha", "Yousef", "Youssouf", "Rifaat", "Farouq", "Hisham",
        "Naguib", "Kamal", "Jamil", "Jalal", "Sami", "Ziad", "Turki", "Mahathir", "Amien", "Benigno", "Ferdinand",
        "Norodom", "Ranariddh", "Sihanouk", "Moshood", "Juvenal", "Jean-Bertrand", "Ziaul", "Javagal", "Navjot",
        "Ajay", "Vinod", "Hashan", "Roshan", "Zeljko", "Miodrag", "Savo", "Haris", "Ejup", "Kresimir", "Hrvoje",
        "Ivica", "Zvonimir", "Alen", "Ludvik", "Mikulas", "Michal", "Wlodzimierz", "Gabor", "Attila", "Petre", "Ilie",
        "Krasimir", "Besnik", "Rauf", "Glafcos", "Costas", "Constantine", "Kostas", "Theodoros", "Yiannis", "Giorgos",
        "Christos", "Vassilis", "Lambros", "Grigori", "Zelimkhan", "Movladi", "Saparmurat", "Levon", "Vitaly",
        "Yevgeni", "Anatoli", "Yakov", "Fyodor", "Ernie", "Seve", "Retief", "Loren", "Jean-Christophe", "Ralf",
        "Jarno", "Sergi", "Marc-Kevin", "Karol", "Fabrice", "Yannick", "Guy-Roland", "Frederic", "Bertrand", "Herve",
        "Jean-Marie", "Pierre-Andre", "Remi", "Stephane", "Thibault", "Zinedine", "Bixente", "Franck", "Ezer",
        "Avraham", "Eliyahu", "Zvi", "Dore", "Dov", "Yaakov", "Meir", "Yehuda", "Shlomo", "Arlen", "Orrin", "Lamar",
        "Zell", "Jeb",

        // Rural and older American given names of vox pops and local politics (added 2026-11-24, seventeenth session).
        "Lyle", "Lowell", "Merle", "Vern", "Verne", "Virgil", "Wendell", "Delbert", "Dewey", "Ervin", "Grady",
        "Harlan", "Irvin", "Jethro", "Leland", "Myron", "Reuben", "Rufus", "Sylvester", "Thurman", "Tyrone", "Woodrow",
        "Buford", "Cletus", "Royce", "Orville", "Marty", "Rusty", "Butch", "Chet", "Jed", "Zeke", "Dusty", "Roscoe",
        "Scotty", "Tad", "Zane",
    ], StringComparer.Ordinal);
}

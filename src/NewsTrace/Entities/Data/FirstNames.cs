using System.Collections.Frozen;

namespace NewsTrace.Entities.Data;

/// <summary>
/// Common given names in English-language news (English, European, Slavic, Arabic, South and East Asian, African).
/// Written by hand from general knowledge; a fact list, used as a tagger feature ("this word is often a first name"), never alone.
/// </summary>
internal static class FirstNames
{
    public static FrozenSet<string> Names { get; } = FrozenSet.ToFrozenSet(
    [
        // English: men.
        "Aaron", "Adam", "Alan", "Albert", "Alex", "Alexander", "Alfred", "Andrew", "Andy", "Anthony", "Arthur", "Barry", "Ben",
        "Benjamin", "Bernard", "Bill", "Billy", "Bob", "Bobby", "Brad", "Brandon", "Brian", "Bruce", "Bryan", "Carl", "Charles",
        "Charlie", "Chris", "Christopher", "Colin", "Craig", "Dan", "Daniel", "Danny", "Darren", "Dave", "David", "Dennis", "Derek",
        "Dick", "Don", "Donald", "Doug", "Douglas", "Duncan", "Ed", "Eddie", "Edward", "Eric", "Frank", "Fred", "Gary", "Gavin",
        "Geoff", "George", "Gerald", "Gordon", "Graham", "Greg", "Gregory", "Harold", "Harry", "Henry", "Howard", "Ian", "Jack",
        "Jacob", "Jake", "James", "Jamie", "Jason", "Jeff", "Jeffrey", "Jeremy", "Jerry", "Jim", "Jimmy", "Joe", "Joel", "John",
        "Johnny", "Jon", "Jonathan", "Joseph", "Josh", "Joshua", "Justin", "Keith", "Ken", "Kenneth", "Kevin", "Kyle", "Larry",
        "Lawrence", "Lee", "Leonard", "Liam", "Louis", "Luke", "Malcolm", "Mark", "Martin", "Matt", "Matthew", "Michael", "Mike",
        "Mitch", "Neil", "Nicholas", "Nick", "Nigel", "Noah", "Oliver", "Patrick", "Paul", "Pete", "Peter", "Phil", "Philip",
        "Ralph", "Randy", "Ray", "Raymond", "Richard", "Rick", "Rob", "Robert", "Roger", "Ron", "Ronald", "Ross", "Roy", "Russell",
        "Ryan", "Sam", "Samuel", "Scott", "Sean", "Simon", "Stanley", "Stephen", "Steve", "Steven", "Stuart", "Ted", "Terry",
        "Thomas", "Tim", "Timothy", "Todd", "Tom", "Tommy", "Tony", "Travis", "Trevor", "Victor", "Vincent", "Walter", "Wayne",
        "William", "Willie", "Zach", "Barack", "Mitt", "Hillary", "Rudy", "Newt", "Dick", "Al", "Bernie", "Marco", "Rand", "Ted",
        "Kamala", "Nancy", "Chuck", "Lindsey", "Rex", "Boris", "Theresa", "Gordon", "Tony", "Keir", "Rishi", "Liz",

        // English: women.
        "Abigail", "Alice", "Alison", "Amanda", "Amy", "Andrea", "Angela", "Ann", "Anna", "Anne", "Barbara", "Betty", "Beverly",
        "Brenda", "Carol", "Caroline", "Catherine", "Charlotte", "Cheryl", "Christine", "Claire", "Cynthia", "Deborah", "Debra",
        "Denise", "Diana", "Diane", "Donna", "Dorothy", "Elizabeth", "Ellen", "Emily", "Emma", "Evelyn", "Frances", "Grace",
        "Hannah", "Heather", "Helen", "Irene", "Jane", "Janet", "Janice", "Jean", "Jennifer", "Jessica", "Joan", "Joanne", "Joyce",
        "Judith", "Judy", "Julia", "Julie", "Karen", "Kate", "Katherine", "Kathleen", "Kathy", "Kelly", "Kimberly", "Laura",
        "Lauren", "Linda", "Lisa", "Lois", "Lori", "Louise", "Lucy", "Margaret", "Maria", "Marie", "Marilyn", "Martha", "Mary",
        "Megan", "Melissa", "Michelle", "Nicole", "Olivia", "Pamela", "Patricia", "Paula", "Rachel", "Rebecca", "Rose", "Ruth",
        "Sally", "Samantha", "Sandra", "Sara", "Sarah", "Sharon", "Shirley", "Sophie", "Stephanie", "Susan", "Teresa", "Tina",
        "Valerie", "Victoria", "Virginia", "Wendy",

        // European.
        "Angela", "Emmanuel", "François", "Francois", "Jacques", "Jean", "Pierre", "Michel", "Nicolas", "Marine", "Ségolène",
        "Olaf", "Gerhard", "Helmut", "Wolfgang", "Jürgen", "Hans", "Klaus", "Friedrich", "Ursula", "Frank-Walter", "Karl",
        "Giuseppe", "Giorgia", "Matteo", "Silvio", "Mario", "Sergio", "Paolo", "Luigi", "Francesco", "Pedro", "Mariano", "José",
        "Jose", "Juan", "Carlos", "Luis", "Miguel", "Antonio", "Manuel", "Javier", "Jorge", "Fernando", "Alberto", "Ricardo",
        "António", "Lars", "Anders", "Erik", "Sven", "Jens", "Mette", "Stefan", "Jan", "Pieter", "Mark", "Geert", "Viktor",
        "Andrzej", "Donald", "Lech", "Jaroslaw", "Mateusz", "Tomasz", "Piotr", "Václav", "Milos", "Aleksandar", "Recep", "Ahmet",
        "Kyriakos", "Alexis", "Nikos", "Yannis", "Leo", "Enda", "Micheál", "Mary",

        // Slavic.
        "Vladimir", "Dmitry", "Dmitri", "Sergey", "Sergei", "Alexei", "Alexey", "Aleksandr", "Alexander", "Mikhail", "Nikolai",
        "Ivan", "Igor", "Oleg", "Yuri", "Yury", "Boris", "Andrei", "Andrey", "Pavel", "Viktor", "Maria", "Anna", "Olga", "Natalia",
        "Tatiana", "Yulia", "Irina", "Svetlana", "Elena", "Valentina", "Volodymyr", "Petro", "Viktor", "Vitali", "Vitaliy",
        "Oleksandr", "Oleksiy", "Dmytro", "Mykola", "Yevgeny", "Ramzan", "Alexander", "Anatoly", "Gennady", "Ruslan", "Denis",

        // Arabic, Persian, Turkish.
        "Mohammed", "Muhammad", "Mohamed", "Mohammad", "Ahmed", "Ahmad", "Ali", "Hassan", "Hussein", "Omar", "Abdullah", "Abdul",
        "Khalid", "Khaled", "Ibrahim", "Ismail", "Mahmoud", "Mustafa", "Youssef", "Yusuf", "Hamid", "Hamad", "Salman", "Faisal",
        "Bashar", "Hosni", "Anwar", "Gamal", "Abdel", "Fatima", "Aisha", "Leila", "Layla", "Nasser", "Saeed", "Said", "Tariq",
        "Hassan", "Javad", "Ebrahim", "Mahmoud", "Benjamin", "Yair", "Naftali", "Ehud", "Ariel", "Shimon", "Yitzhak", "Isaac",

        // South Asian, East Asian, African.
        "Narendra", "Rahul", "Sonia", "Manmohan", "Indira", "Rajiv", "Amit", "Arvind", "Imran", "Nawaz", "Benazir", "Shehbaz",
        "Sheikh", "Priya", "Ravi", "Sanjay", "Sunil", "Anil", "Vijay", "Deepak", "Kumar", "Raj", "Shinzo", "Fumio", "Yoshihide",
        "Junichiro", "Moon", "Kim", "Yoon", "Park", "Jae-in", "Ban", "Jong-un", "Jong-il", "Il-sung", "Shinzō", "Hiroshi", "Takeshi",
        "Yuki", "Akira", "Kenji", "Wei", "Li", "Chen", "Jiang", "Hu", "Jinping", "Keqiang", "Tsai", "Ing-wen", "Nelson", "Jacob",
        "Cyril", "Thabo", "Kofi", "Uhuru", "William", "Paul", "Goodluck", "Muhammadu", "Bola", "Olusegun", "Robert", "Emmerson",
        "Yoweri", "Abiy", "Jomo", "Ellen", "Joyce", "Hage",

        // Short forms and others common in reports.
        "Abe", "Ted", "Ned", "Bo", "Jo", "Kay", "Meg", "Pat", "Sue", "Val", "Xavier", "Yvonne", "Zoe", "Sofia", "Isabella",
        "Mia", "Ava", "Chloe", "Ella", "Ethan", "Mason", "Logan", "Lucas", "Aiden", "Jackson", "Elijah", "Gabriel", "Julian",
        "Dylan", "Tyler", "Austin", "Evan", "Connor", "Hunter", "Carter", "Owen", "Caleb", "Nathan", "Isaiah", "Aidan", "Brett",
        "Dean", "Glenn", "Gene", "Harvey", "Herbert", "Hugh", "Jerome", "Jesse", "Lloyd", "Marvin", "Max", "Melvin", "Milton",
        "Morris", "Nathaniel", "Norman", "Oscar", "Otto", "Percy", "Ralph", "Reginald", "Rex", "Roland", "Rupert", "Seth",
        "Sidney", "Spencer", "Stanley", "Sylvia", "Theodore", "Vernon", "Wallace", "Warren", "Wesley", "Wilbur", "Winston",
        "Ruth", "Edith", "Esther", "Eleanor", "Florence", "Gloria", "Harriet", "Hazel", "Ida", "Iris", "Jacqueline", "Joy",
        "June", "Lillian", "Madeleine", "Margot", "Mildred", "Nora", "Pauline", "Phyllis", "Rita", "Rosa", "Stella", "Vera",
    ], StringComparer.Ordinal);
}

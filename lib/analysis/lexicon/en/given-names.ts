import { genderedNames } from '../given-names';

// Given names common in English-language news (the commonest of the US and UK, and those of the
// politicians and public figures the papers quote most), by the gender they usually mark. A name that
// opens a run of two or more capitalised words makes the run a person even with no title or verb of
// saying near it ("Hillary Clinton stretched the truth …, when she claimed …"), and tells "he" from
// "she" for the pronouns that follow.
//
// Names given to both genders (Taylor, Kim) make people but tell no gender. Left out on purpose: names
// worn by places, firms or other words of running text (Austin, Charlotte, Chelsea, Georgia, Jordan,
// Lincoln, Madison, Morgan, Stanley, Victoria, Virginia; Christian, Grace, Hope, June, May, Will).

const FEMALE = [
  'abigail', 'alice', 'alison', 'allison', 'amanda', 'amber', 'amy', 'andrea', 'angela', 'anita', 'ann', 'anna',
  'anne', 'annie', 'ashley', 'ayanna', 'barbara', 'betsy', 'betty', 'beverly', 'brenda', 'brittany', 'carly', 'carol',
  'caroline', 'carolyn', 'catherine', 'cathy', 'cheryl', 'christina', 'christine', 'cindy', 'claire', 'condoleezza',
  'courtney', 'cynthia', 'danielle', 'debbie', 'deborah', 'debra', 'denise', 'diana', 'diane', 'dianne', 'donna',
  'doris', 'dorothy', 'elaine', 'eleanor', 'elise', 'elizabeth', 'ellen', 'emily', 'emma', 'erin', 'evelyn', 'fiona',
  'gina', 'gloria', 'hannah', 'heather', 'heidi', 'helen', 'hillary', 'ilhan', 'ivanka', 'jacqueline', 'jane', 'janet',
  'janice', 'jeanne', 'jennifer', 'jessica', 'jill', 'joan', 'joanna', 'jodi', 'joyce', 'judith', 'judy', 'julia',
  'julie', 'kamala', 'karen', 'katherine', 'kathleen', 'kathryn', 'kathy', 'katie', 'kayla', 'kayleigh', 'kellyanne',
  'kirsten', 'kirstjen', 'kristen', 'laura', 'lauren', 'linda', 'lisa', 'liz', 'lois', 'loretta', 'lori', 'lucy',
  'maggie', 'marcia', 'margaret', 'maria', 'marianne', 'marie', 'marilyn', 'marjorie', 'martha', 'mary', 'maxine',
  'megan', 'melania', 'melanie', 'melinda', 'melissa', 'michelle', 'monica', 'nancy', 'natalie', 'nicole', 'nikki',
  'olivia', 'pamela', 'patricia', 'patty', 'paula', 'rachel', 'rashida', 'rebecca', 'rebekah', 'rosalind', 'ruth',
  'sally', 'samantha', 'sandra', 'sara', 'sarah', 'sharon', 'sheila', 'shirley', 'sonia', 'sophia', 'sophie',
  'stephanie', 'susan', 'susanna', 'suzanne', 'tammy', 'tanya', 'teresa', 'theresa', 'tiffany', 'tina', 'tracy',
  'tulsi', 'ursula', 'valerie', 'vanessa', 'wendy', 'whitney',
];

const MALE = [
  'aaron', 'adam', 'alan', 'albert', 'alexander', 'andrew', 'andy', 'anthony', 'antony', 'arthur', 'barack', 'barry',
  'ben', 'benjamin', 'bernie', 'beto', 'bill', 'billy', 'bob', 'bobby', 'boris', 'brad', 'bradley', 'brandon', 'brett',
  'brian', 'bruce', 'bryan', 'carl', 'charles', 'charlie', 'chris', 'christopher', 'chuck', 'clarence', 'colin', 'cory',
  'craig', 'dan', 'daniel', 'darren', 'dave', 'david', 'dennis', 'derek', 'devin', 'dick', 'don', 'donald', 'doug',
  'douglas', 'dylan', 'ed', 'eddie', 'edward', 'elijah', 'elon', 'emmanuel', 'eric', 'ethan', 'evan', 'frank', 'fred',
  'gary', 'gavin', 'george', 'gerald', 'gordon', 'greg', 'gregory', 'harold', 'harry', 'henry', 'howard', 'ian',
  'jack', 'jacob', 'jake', 'james', 'jared', 'jason', 'jay', 'jeb', 'jeff', 'jeffrey', 'jeremy', 'jerome', 'jerry',
  'jesse', 'jim', 'jimmy', 'joe', 'joel', 'john', 'johnny', 'jon', 'jonathan', 'joseph', 'josh', 'joshua', 'justin',
  'keith', 'ken', 'kenneth', 'kevin', 'kurt', 'kyle', 'larry', 'lawrence', 'lloyd', 'luke', 'marco', 'mark', 'martin',
  'matt', 'matthew', 'merrick', 'michael', 'mick', 'mike', 'mitch', 'mitt', 'nathan', 'neil', 'newt', 'nicholas',
  'nick', 'noah', 'patrick', 'paul', 'pete', 'peter', 'phil', 'philip', 'ralph', 'rand', 'randy', 'raymond', 'reince',
  'rex', 'richard', 'rick', 'rob', 'robert', 'rod', 'roger', 'ron', 'ronald', 'roy', 'rudy', 'russell', 'ryan', 'sam',
  'samuel', 'scott', 'sean', 'sergei', 'stephen', 'steve', 'steven', 'ted', 'terry', 'thomas', 'tim', 'timothy',
  'todd', 'tom', 'tony', 'victor', 'vincent', 'vladimir', 'volodymyr', 'walter', 'warren', 'wayne', 'william', 'zach',
  'zachary',
];

const EITHER = ['alexis', 'casey', 'dana', 'jamie', 'kelly', 'kim', 'leslie', 'lindsey', 'robin', 'shannon', 'taylor'];

/** Given name (lower case) -> the gender it marks. */
export const EN_GIVEN_NAMES = genderedNames(FEMALE, MALE, EITHER);
